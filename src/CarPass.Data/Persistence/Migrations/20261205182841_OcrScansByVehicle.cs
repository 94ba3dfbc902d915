using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OcrScansByVehicle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_ocr_scans_vehicle_id_created_at",
                table: "ocr_scans",
                columns: new[] { "vehicle_id", "created_at" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_ocr_scans_vehicle_id_created_at", table: "ocr_scans");
        }
    }
}
