using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Migrations
{
    /// <summary>The database itself refuses to change or remove audit entries, whatever the code does.</summary>
    public partial class AuditLogAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                    + "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
            );
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                    + "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
            );
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER audit_log_no_delete;");
        }
    }
}
