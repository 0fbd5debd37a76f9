using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionSearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchTerms",
                table: "Suggestions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchTerms",
                table: "Suggestions");
        }
    }
}
