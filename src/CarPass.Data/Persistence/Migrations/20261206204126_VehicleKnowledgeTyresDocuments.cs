using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VehicleKnowledgeTyresDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "first_frosts",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_first_frosts", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_first_frosts_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "tyre_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    season = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    size = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    studded = table.Column<bool>(type: "INTEGER", nullable: false),
                    fitted_on = table.Column<string>(type: "TEXT", nullable: true),
                    fitted_km = table.Column<int>(type: "INTEGER", nullable: true),
                    removed_on = table.Column<string>(type: "TEXT", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<string>(type: "TEXT", nullable: false),
                    deleted_at = table.Column<string>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tyre_sets", x => x.id);
                    table.ForeignKey(
                        name: "fk_tyre_sets_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "vehicle_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    issued_on = table.Column<string>(type: "TEXT", nullable: true),
                    expires_on = table.Column<string>(type: "TEXT", nullable: false),
                    photo_file_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<string>(type: "TEXT", nullable: false),
                    deleted_at = table.Column<string>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicle_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_vehicle_documents_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateIndex(name: "ix_tyre_sets_vehicle_id", table: "tyre_sets", column: "vehicle_id");

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_documents_vehicle_id_expires_on",
                table: "vehicle_documents",
                columns: new[] { "vehicle_id", "expires_on" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "first_frosts");

            migrationBuilder.DropTable(name: "tyre_sets");

            migrationBuilder.DropTable(name: "vehicle_documents");
        }
    }
}
