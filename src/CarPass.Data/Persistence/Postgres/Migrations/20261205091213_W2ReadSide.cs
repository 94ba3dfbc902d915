using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class W2ReadSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "named_leases",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    owner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_named_leases", x => x.name);
                }
            );
            // The job server's lease used to live among the chat leases under a chat id no chat has.
            migrationBuilder.Sql("DELETE FROM chat_leases WHERE chat_id = -9223372036854775808;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "named_leases");
        }
    }
}
