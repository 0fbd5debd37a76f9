using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HardEdgesInputLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SearchTerms",
                table: "Suggestions",
                type: "character varying(61000)",
                maxLength: 61000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Changes",
                table: "AuditEntries",
                type: "character varying(1000000)",
                maxLength: 1000000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SearchTerms",
                table: "Suggestions",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(61000)",
                oldMaxLength: 61000);

            migrationBuilder.AlterColumn<string>(
                name: "Changes",
                table: "AuditEntries",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000000)",
                oldMaxLength: 1000000);
        }
    }
}
