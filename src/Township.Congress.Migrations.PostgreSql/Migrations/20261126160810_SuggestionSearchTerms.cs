using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "");

            // Keyword search: a GIN index over the items' character bigrams finds candidates for a
            // keyword of two or more characters; the trigram index could not serve two-character
            // keywords (the commonest Chinese ones), so it goes.
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Suggestions_SearchText_trgm\";");
            migrationBuilder.Sql("CREATE INDEX \"IX_Suggestions_SearchTerms\" ON \"Suggestions\" USING gin (to_tsvector('simple'::regconfig, \"SearchTerms\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Suggestions_SearchTerms\";");
            migrationBuilder.Sql("CREATE INDEX \"IX_Suggestions_SearchText_trgm\" ON \"Suggestions\" USING gin (\"SearchText\" gin_trgm_ops);");
            migrationBuilder.DropColumn(
                name: "SearchTerms",
                table: "Suggestions");
        }
    }
}
