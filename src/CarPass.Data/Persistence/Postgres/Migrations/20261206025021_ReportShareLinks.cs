using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportShareLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "share_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    report_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    full_identity = table.Column<bool>(type: "boolean", nullable: false),
                    author_first_name = table.Column<string>(
                        type: "character varying(64)",
                        maxLength: 64,
                        nullable: true
                    ),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    view_count = table.Column<int>(type: "integer", nullable: false),
                    last_viewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    completeness_at_report = table.Column<int>(type: "integer", nullable: false),
                    confirmed_visits_at_report = table.Column<int>(type: "integer", nullable: false),
                    odometer_km_at_report = table.Column<int>(type: "integer", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_share_links", x => x.id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "ix_share_links_created_by_user_id_expires_at",
                table: "share_links",
                columns: new[] { "created_by_user_id", "expires_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_share_links_report_id",
                table: "share_links",
                column: "report_id",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_share_links_token_hash",
                table: "share_links",
                column: "token_hash",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_share_links_vehicle_id_expires_at",
                table: "share_links",
                columns: new[] { "vehicle_id", "expires_at" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "share_links");
        }
    }
}
