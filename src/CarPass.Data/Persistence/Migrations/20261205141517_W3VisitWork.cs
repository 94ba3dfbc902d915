using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class W3VisitWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "hidden_at",
                table: "service_visits",
                type: "TEXT",
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "work_kinds",
                table: "service_visits",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"
            );

            migrationBuilder.Sql(W3VisitWorkCleanup.Sql(W3VisitWorkCleanup.SqliteFrom));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "hidden_at", table: "service_visits");

            migrationBuilder.DropColumn(name: "work_kinds", table: "service_visits");
        }
    }
}
