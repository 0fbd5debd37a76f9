using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SessionsAndPresidiumMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "TookOfficeOn",
                table: "Deputies",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PresidiumMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    NumberInYear = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PresidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Attendees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Absentees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Topics = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Decisions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    MinutesNotes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresidiumMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresidiumMeetings_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresidiumMeetings_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ActualStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Venue = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    QuorumOverrideReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NonVotingAttendees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MinutesIntro = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    MinutesClosing = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sessions_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresidiumAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresidiumAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresidiumAction_PresidiumMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PresidiumMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeliberationOpinions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItem_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LeaveReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionPresidiumMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsExecutiveChair = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionPresidiumMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionPresidiumMember_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionPresidiumMember_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Election",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Office = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OfficeTitle = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    DeputiesInOffice = table.Column<int>(type: "integer", nullable: false),
                    BallotsCast = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Election", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Election_AgendaItem_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Election_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionVote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    For = table.Column<int>(type: "integer", nullable: false),
                    Against = table.Column<int>(type: "integer", nullable: false),
                    Abstain = table.Column<int>(type: "integer", nullable: false),
                    DeputiesInOffice = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<int>(type: "integer", nullable: false),
                    Adopted = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionVote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionVote_AgendaItem_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionVote_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ElectionCandidate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Votes = table.Column<int>(type: "integer", nullable: false),
                    Elected = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectionCandidate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectionCandidate_Election_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Election",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficeHolder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    Office = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OfficeTitle = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ElectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeHolder", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeHolder_Election_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Election",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfficeHolder_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_SessionId",
                table: "AgendaItem",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_TownshipId",
                table: "AgendaItem",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Election_AgendaItemId",
                table: "Election",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Election_SessionId",
                table: "Election",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Election_TownshipId",
                table: "Election",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidate_ElectionId",
                table: "ElectionCandidate",
                column: "ElectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionCandidate_TownshipId",
                table: "ElectionCandidate",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeHolder_ElectionId",
                table: "OfficeHolder",
                column: "ElectionId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeHolder_TermId",
                table: "OfficeHolder",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeHolder_TownshipId",
                table: "OfficeHolder",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_PresidiumAction_MeetingId",
                table: "PresidiumAction",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PresidiumAction_Status_DueOn",
                table: "PresidiumAction",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PresidiumAction_TownshipId",
                table: "PresidiumAction",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_PresidiumMeetings_TermId",
                table: "PresidiumMeetings",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_PresidiumMeetings_TownshipId",
                table: "PresidiumMeetings",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_PresidiumMeetings_TownshipId_Date",
                table: "PresidiumMeetings",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_DeputyId",
                table: "SessionAttendance",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_SessionId_DeputyId",
                table: "SessionAttendance",
                columns: new[] { "SessionId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_TownshipId",
                table: "SessionAttendance",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionPresidiumMember_DeputyId",
                table: "SessionPresidiumMember",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionPresidiumMember_SessionId_DeputyId",
                table: "SessionPresidiumMember",
                columns: new[] { "SessionId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionPresidiumMember_TownshipId",
                table: "SessionPresidiumMember",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TermId_Ordinal",
                table: "Sessions",
                columns: new[] { "TermId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TownshipId",
                table: "Sessions",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionVote_AgendaItemId",
                table: "SessionVote",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionVote_SessionId",
                table: "SessionVote",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionVote_TownshipId",
                table: "SessionVote",
                column: "TownshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElectionCandidate");

            migrationBuilder.DropTable(
                name: "OfficeHolder");

            migrationBuilder.DropTable(
                name: "PresidiumAction");

            migrationBuilder.DropTable(
                name: "SessionAttendance");

            migrationBuilder.DropTable(
                name: "SessionPresidiumMember");

            migrationBuilder.DropTable(
                name: "SessionVote");

            migrationBuilder.DropTable(
                name: "Election");

            migrationBuilder.DropTable(
                name: "PresidiumMeetings");

            migrationBuilder.DropTable(
                name: "AgendaItem");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropColumn(
                name: "TookOfficeOn",
                table: "Deputies");
        }
    }
}
