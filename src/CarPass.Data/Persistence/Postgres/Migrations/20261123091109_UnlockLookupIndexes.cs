using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UnlockLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_user_achievements_service_center_id_achievement_id",
                table: "user_achievements",
                columns: new[] { "service_center_id", "achievement_id" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_user_achievements_vehicle_id_achievement_id",
                table: "user_achievements",
                columns: new[] { "vehicle_id", "achievement_id" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_achievements_service_center_id_achievement_id",
                table: "user_achievements"
            );

            migrationBuilder.DropIndex(
                name: "ix_user_achievements_vehicle_id_achievement_id",
                table: "user_achievements"
            );
        }
    }
}
