using System;
using CarPass.Data.Persistence.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class W3VisitWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "hidden_at",
                table: "service_visits",
                type: "timestamp with time zone",
                nullable: true
            );

            migrationBuilder.AddColumn<string[]>(
                name: "work_kinds",
                table: "service_visits",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]
            );

            migrationBuilder.Sql(W3VisitWorkCleanup.Sql(W3VisitWorkCleanup.PostgresFrom));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "hidden_at", table: "service_visits");

            migrationBuilder.DropColumn(name: "work_kinds", table: "service_visits");
        }
    }
}
