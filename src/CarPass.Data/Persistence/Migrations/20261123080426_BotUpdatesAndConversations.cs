using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BotUpdatesAndConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    chat_id = table.Column<long>(type: "INTEGER", nullable: false),
                    flow = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    step = table.Column<int>(type: "INTEGER", nullable: false),
                    draft_json = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    prompt_message_id = table.Column<int>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.chat_id);
                }
            );

            migrationBuilder.CreateTable(
                name: "processed_updates",
                columns: table => new
                {
                    update_id = table.Column<long>(type: "INTEGER", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_updates", x => x.update_id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "ix_processed_updates_processed_at",
                table: "processed_updates",
                column: "processed_at"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "conversations");

            migrationBuilder.DropTable(name: "processed_updates");
        }
    }
}
