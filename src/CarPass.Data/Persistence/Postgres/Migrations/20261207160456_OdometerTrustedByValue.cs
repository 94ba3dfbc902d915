using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OdometerTrustedByValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_odometer_readings_trusted_by_value",
                table: "odometer_readings",
                columns: new[] { "vehicle_id", "value_km", "recorded_at" },
                filter: "is_trusted"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_odometer_readings_trusted_by_value", table: "odometer_readings");
        }
    }
}
