using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <summary>
    /// One VIN per active passport, one live owner per vehicle, and ownership claims for review;
    /// duplicates already in the database are turned into claims first.
    /// </summary>
    public partial class Sec2Ownership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_vehicles_vin", table: "vehicles");

            migrationBuilder.CreateTable(
                name: "vehicle_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    vehicle_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    claimant_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claimant_vehicle_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    decided_at = table.Column<string>(type: "TEXT", nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicle_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_vehicle_claims_users_claimant_user_id",
                        column: x => x.claimant_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_vehicle_claims_vehicles_claimant_vehicle_id",
                        column: x => x.claimant_vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_vehicle_claims_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            // Existing duplicates become claims for review, so the unique indexes below can be built.
            migrationBuilder.Sql(
                Sec2OwnershipCleanup.Sql(Sec2OwnershipCleanup.SqliteNewId, Sec2OwnershipCleanup.SqliteNow)
            );

            migrationBuilder.CreateIndex(
                name: "ux_vehicles_active_vin",
                table: "vehicles",
                column: "vin",
                unique: true,
                filter: "vin IS NOT NULL AND state = 'Active'"
            );

            migrationBuilder.CreateIndex(
                name: "ux_vehicle_access_grants_one_live_owner",
                table: "vehicle_access_grants",
                column: "vehicle_id",
                unique: true,
                filter: "role = 'Owner' AND revoked_at IS NULL"
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_claims_claimant_vehicle_id",
                table: "vehicle_claims",
                column: "claimant_vehicle_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_claims_status_created_at",
                table: "vehicle_claims",
                columns: new[] { "status", "created_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_claims_vehicle_id",
                table: "vehicle_claims",
                column: "vehicle_id"
            );

            migrationBuilder.CreateIndex(
                name: "ux_vehicle_claims_one_open",
                table: "vehicle_claims",
                columns: new[] { "claimant_user_id", "vehicle_id" },
                unique: true,
                filter: "status = 'Open'"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "vehicle_claims");

            migrationBuilder.DropIndex(name: "ux_vehicles_active_vin", table: "vehicles");

            migrationBuilder.DropIndex(name: "ux_vehicle_access_grants_one_live_owner", table: "vehicle_access_grants");

            migrationBuilder.CreateIndex(name: "ix_vehicles_vin", table: "vehicles", column: "vin");
        }
    }
}
