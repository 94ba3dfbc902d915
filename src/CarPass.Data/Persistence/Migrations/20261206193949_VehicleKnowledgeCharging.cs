using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VehicleKnowledgeCharging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "charging_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charged_at = table.Column<string>(type: "TEXT", nullable: false),
                    kwh = table.Column<double>(type: "REAL", nullable: false),
                    total_price_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    soc_before = table.Column<int>(type: "INTEGER", nullable: true),
                    soc_after = table.Column<int>(type: "INTEGER", nullable: true),
                    place = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    odometer_km = table.Column<int>(type: "INTEGER", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    deleted_at = table.Column<string>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charging_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_charging_sessions_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "ix_charging_sessions_vehicle_id_charged_at",
                table: "charging_sessions",
                columns: new[] { "vehicle_id", "charged_at" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "charging_sessions");
        }
    }
}
