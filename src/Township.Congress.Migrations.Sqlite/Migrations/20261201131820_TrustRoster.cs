using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrustRoster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NamePinyin",
                table: "Deputies",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameSortKey",
                table: "Deputies",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameStrokeKey",
                table: "Deputies",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Deputies_TownshipId_NameSortKey",
                table: "Deputies",
                columns: new[] { "TownshipId", "NameSortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deputies_TownshipId_NameSortKey",
                table: "Deputies");

            migrationBuilder.DropColumn(
                name: "NamePinyin",
                table: "Deputies");

            migrationBuilder.DropColumn(
                name: "NameSortKey",
                table: "Deputies");

            migrationBuilder.DropColumn(
                name: "NameStrokeKey",
                table: "Deputies");
        }
    }
}
