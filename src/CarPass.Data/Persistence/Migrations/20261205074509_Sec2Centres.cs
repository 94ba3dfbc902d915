using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Sec2Centres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "operator_review_notices",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    last_sent_at = table.Column<string>(type: "TEXT", nullable: true),
                    covered_through_at = table.Column<string>(type: "TEXT", nullable: true),
                    covered_through_center_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operator_review_notices", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_operator_review_notices_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            // Before the index: a race could have left two open requests of one centre for one vehicle;
            // the later ones are cancelled, the first stays open.
            migrationBuilder.Sql(
                """
                UPDATE access_requests SET status = 'Cancelled'
                WHERE status = 'Pending' AND EXISTS (
                    SELECT 1 FROM access_requests AS earlier
                    WHERE earlier.vehicle_id = access_requests.vehicle_id
                      AND earlier.service_center_id = access_requests.service_center_id
                      AND earlier.status = 'Pending'
                      AND (earlier.created_at < access_requests.created_at
                           OR (earlier.created_at = access_requests.created_at AND earlier.id < access_requests.id)));
                """
            );

            migrationBuilder.CreateIndex(
                name: "ix_access_requests_vehicle_id_service_center_id",
                table: "access_requests",
                columns: new[] { "vehicle_id", "service_center_id" },
                unique: true,
                filter: "status = 'Pending'"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "operator_review_notices");

            migrationBuilder.DropIndex(
                name: "ix_access_requests_vehicle_id_service_center_id",
                table: "access_requests"
            );
        }
    }
}
