using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrustSessionPrints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HalfDays",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PresidedBy",
                table: "Sessions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "Sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NonVotingAttendees",
                table: "PresidiumMeetings",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "PresidiumMeetings",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "WrittenIn",
                table: "ElectionCandidate",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "BallotsInvalid",
                table: "Election",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BallotsIssued",
                table: "Election",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BallotsValid",
                table: "Election",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Counters",
                table: "Election",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Scrutineers",
                table: "Election",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HalfDays",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "PresidedBy",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "NonVotingAttendees",
                table: "PresidiumMeetings");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "PresidiumMeetings");

            migrationBuilder.DropColumn(
                name: "WrittenIn",
                table: "ElectionCandidate");

            migrationBuilder.DropColumn(
                name: "BallotsInvalid",
                table: "Election");

            migrationBuilder.DropColumn(
                name: "BallotsIssued",
                table: "Election");

            migrationBuilder.DropColumn(
                name: "BallotsValid",
                table: "Election");

            migrationBuilder.DropColumn(
                name: "Counters",
                table: "Election");

            migrationBuilder.DropColumn(
                name: "Scrutineers",
                table: "Election");
        }
    }
}
