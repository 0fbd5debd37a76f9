using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Township.Congress.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupervisionBetweenSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Findings",
                table: "Activities",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Law",
                table: "Activities",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LawArticles",
                table: "Activities",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Places",
                table: "Activities",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Projects",
                table: "Activities",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Activities",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ActivityFile",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityFile", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityFile_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityOpinion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivingUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivingUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityOpinion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityOpinion_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityOpinion_HandlingUnits_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityParticipant_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityParticipant_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivitySuggestion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivitySuggestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivitySuggestion_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivitySuggestion_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityUnit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityUnit_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityUnit_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appraisals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appraisals_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConstituentContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Constituents = table.Column<int>(type: "INTEGER", nullable: false),
                    Way = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Raised = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConstituentContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConstituentContacts_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConstituentContacts_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupPlanItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupPlanItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupPlanItem_DeputyGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "DeputyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LivelihoodProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerUnitName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    PresidiumMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MonitorDeputyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: true),
                    BasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: true),
                    Unsatisfied = table.Column<int>(type: "INTEGER", nullable: true),
                    SatisfactionVotedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Deputies_MonitorDeputyId",
                        column: x => x.MonitorDeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Deputies_PresidiumMemberId",
                        column: x => x.PresidiumMemberId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_HandlingUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_LivelihoodCandidate_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "LivelihoodCandidate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VisitorPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedByDeputyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecideBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FinishBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Satisfaction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Petitions_Deputies_ReceivedByDeputyId",
                        column: x => x.ReceivedByDeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Petitions_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoticePostedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionDays_LiaisonStations_StationId",
                        column: x => x.StationId,
                        principalTable: "LiaisonStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionDays_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VoterReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    FileContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FileSizeBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    FileContent = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RatingMethod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CompetentVotes = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicallyCompetentVotes = table.Column<int>(type: "INTEGER", nullable: false),
                    IncompetentVotes = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoterReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoterReports_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterReports_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterReports_Townships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Townships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeardOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalReport_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalSheet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalSheet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalSheet_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalSheet_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalSubject",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    Unsatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    RectificationItemId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalSubject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalSubject_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalSubject_HandlingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "HandlingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalVisit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppraisalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalVisit_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalVisit_Appraisals_AppraisalId",
                        column: x => x.AppraisalId,
                        principalTable: "Appraisals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LivelihoodInspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodInspection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodInspection_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LivelihoodInspection_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LivelihoodMilestone",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodMilestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodMilestone_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionDuty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceptionDayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionDuty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionDuty_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionDuty_ReceptionDays_ReceptionDayId",
                        column: x => x.ReceptionDayId,
                        principalTable: "ReceptionDays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionVisit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceptionDayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Disposition = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionVisit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_Deputies_ReceivedById",
                        column: x => x.ReceivedById,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_ReceptionDays_ReceptionDayId",
                        column: x => x.ReceptionDayId,
                        principalTable: "ReceptionDays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionVisit_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalMark",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalMark", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalMark_AppraisalSheet_SheetId",
                        column: x => x.SheetId,
                        principalTable: "AppraisalSheet",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalMark_AppraisalSubject_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "AppraisalSubject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityFile_ActivityId",
                table: "ActivityFile",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityFile_TownshipId",
                table: "ActivityFile",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinion_ActivityId",
                table: "ActivityOpinion",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinion_ReceivingUnitId",
                table: "ActivityOpinion",
                column: "ReceivingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOpinion_TownshipId",
                table: "ActivityOpinion",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityParticipant_ActivityId_DeputyId",
                table: "ActivityParticipant",
                columns: new[] { "ActivityId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityParticipant_DeputyId",
                table: "ActivityParticipant",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityParticipant_TownshipId",
                table: "ActivityParticipant",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySuggestion_ActivityId",
                table: "ActivitySuggestion",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySuggestion_SuggestionId",
                table: "ActivitySuggestion",
                column: "SuggestionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySuggestion_TownshipId",
                table: "ActivitySuggestion",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityUnit_ActivityId",
                table: "ActivityUnit",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityUnit_TownshipId",
                table: "ActivityUnit",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityUnit_UnitId",
                table: "ActivityUnit",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMark_SheetId_SubjectId",
                table: "AppraisalMark",
                columns: new[] { "SheetId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMark_SubjectId",
                table: "AppraisalMark",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMark_TownshipId",
                table: "AppraisalMark",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalReport_AppraisalId",
                table: "AppraisalReport",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalReport_TownshipId",
                table: "AppraisalReport",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Appraisals_TownshipId",
                table: "Appraisals",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Appraisals_TownshipId_Year",
                table: "Appraisals",
                columns: new[] { "TownshipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheet_AppraisalId_DeputyId",
                table: "AppraisalSheet",
                columns: new[] { "AppraisalId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheet_DeputyId",
                table: "AppraisalSheet",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheet_TownshipId",
                table: "AppraisalSheet",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSubject_AppraisalId",
                table: "AppraisalSubject",
                column: "AppraisalId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSubject_TownshipId",
                table: "AppraisalSubject",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSubject_UnitId",
                table: "AppraisalSubject",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalVisit_ActivityId",
                table: "AppraisalVisit",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalVisit_AppraisalId_ActivityId",
                table: "AppraisalVisit",
                columns: new[] { "AppraisalId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalVisit_TownshipId",
                table: "AppraisalVisit",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstituentContacts_DeputyId",
                table: "ConstituentContacts",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstituentContacts_TownshipId",
                table: "ConstituentContacts",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ConstituentContacts_TownshipId_Date",
                table: "ConstituentContacts",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupPlanItem_GroupId_Year",
                table: "GroupPlanItem",
                columns: new[] { "GroupId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupPlanItem_TownshipId",
                table: "GroupPlanItem",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodInspection_ActivityId",
                table: "LivelihoodInspection",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodInspection_ProjectId_ActivityId",
                table: "LivelihoodInspection",
                columns: new[] { "ProjectId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodInspection_TownshipId",
                table: "LivelihoodInspection",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodMilestone_ProjectId_Order",
                table: "LivelihoodMilestone",
                columns: new[] { "ProjectId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodMilestone_TownshipId",
                table: "LivelihoodMilestone",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_CandidateId",
                table: "LivelihoodProjects",
                column: "CandidateId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_MonitorDeputyId",
                table: "LivelihoodProjects",
                column: "MonitorDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_OwnerUnitId",
                table: "LivelihoodProjects",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_PresidiumMemberId",
                table: "LivelihoodProjects",
                column: "PresidiumMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_SessionId",
                table: "LivelihoodProjects",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_TownshipId",
                table: "LivelihoodProjects",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_TownshipId_Year",
                table: "LivelihoodProjects",
                columns: new[] { "TownshipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivedByDeputyId",
                table: "Petitions",
                column: "ReceivedByDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_State_FinishBy",
                table: "Petitions",
                columns: new[] { "State", "FinishBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TownshipId",
                table: "Petitions",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TownshipId_ReceivedOn",
                table: "Petitions",
                columns: new[] { "TownshipId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_UnitId",
                table: "Petitions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDays_StationId",
                table: "ReceptionDays",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDays_TownshipId",
                table: "ReceptionDays",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDays_TownshipId_Date",
                table: "ReceptionDays",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDuty_DeputyId",
                table: "ReceptionDuty",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDuty_ReceptionDayId_DeputyId",
                table: "ReceptionDuty",
                columns: new[] { "ReceptionDayId", "DeputyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionDuty_TownshipId",
                table: "ReceptionDuty",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_ReceivedById",
                table: "ReceptionVisit",
                column: "ReceivedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_ReceptionDayId",
                table: "ReceptionVisit",
                column: "ReceptionDayId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_SuggestionId",
                table: "ReceptionVisit",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_TownshipId",
                table: "ReceptionVisit",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisit_VillageId",
                table: "ReceptionVisit",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterReports_DeputyId",
                table: "VoterReports",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterReports_TermId",
                table: "VoterReports",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterReports_TownshipId",
                table: "VoterReports",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterReports_TownshipId_ReportedOn",
                table: "VoterReports",
                columns: new[] { "TownshipId", "ReportedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityFile");

            migrationBuilder.DropTable(
                name: "ActivityOpinion");

            migrationBuilder.DropTable(
                name: "ActivityParticipant");

            migrationBuilder.DropTable(
                name: "ActivitySuggestion");

            migrationBuilder.DropTable(
                name: "ActivityUnit");

            migrationBuilder.DropTable(
                name: "AppraisalMark");

            migrationBuilder.DropTable(
                name: "AppraisalReport");

            migrationBuilder.DropTable(
                name: "AppraisalVisit");

            migrationBuilder.DropTable(
                name: "ConstituentContacts");

            migrationBuilder.DropTable(
                name: "GroupPlanItem");

            migrationBuilder.DropTable(
                name: "LivelihoodInspection");

            migrationBuilder.DropTable(
                name: "LivelihoodMilestone");

            migrationBuilder.DropTable(
                name: "Petitions");

            migrationBuilder.DropTable(
                name: "ReceptionDuty");

            migrationBuilder.DropTable(
                name: "ReceptionVisit");

            migrationBuilder.DropTable(
                name: "VoterReports");

            migrationBuilder.DropTable(
                name: "AppraisalSheet");

            migrationBuilder.DropTable(
                name: "AppraisalSubject");

            migrationBuilder.DropTable(
                name: "LivelihoodProjects");

            migrationBuilder.DropTable(
                name: "ReceptionDays");

            migrationBuilder.DropTable(
                name: "Appraisals");

            migrationBuilder.DropColumn(
                name: "Findings",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Law",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "LawArticles",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Places",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Projects",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Activities");
        }
    }
}
