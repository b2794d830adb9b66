using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Matching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "AgreedTime",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beneficiary_HouseNumber",
                table: "Requests",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beneficiary_Name",
                table: "Requests",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beneficiary_Phone",
                table: "Requests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beneficiary_Postcode",
                table: "Requests",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beneficiary_Relation",
                table: "Requests",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beneficiary_Street",
                table: "Requests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "Requests",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Deadline",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Requests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Item",
                table: "Requests",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MatchedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MatchedMemberId",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MatchedOfferId",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rating",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Until",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Requests",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "InvitedToGiveBackAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PausedUntil",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Roles",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Vetted",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OffererId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    PortionsLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    PricePerPortion = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    Dish = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Diets = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Brings = table.Column<bool>(type: "INTEGER", nullable: true),
                    Item = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Days = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MaxDistance = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Members_OffererId",
                        column: x => x.OffererId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wave = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelayedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ToMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1600, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelayedMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelayedMessages_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledTasks_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_MatchedMemberId",
                table: "Requests",
                column: "MatchedMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OffererId_Status",
                table: "Offers",
                columns: new[] { "OffererId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Status_Kind_Date",
                table: "Offers",
                columns: new[] { "Status", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_MemberId_AskedAt",
                table: "Questions",
                columns: new[] { "MemberId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_MemberId_Status",
                table: "Questions",
                columns: new[] { "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_RequestId_Status",
                table: "Questions",
                columns: new[] { "RequestId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RelayedMessages_RequestId_Id",
                table: "RelayedMessages",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledTasks_ClaimToken",
                table: "ScheduledTasks",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledTasks_RequestId_Kind",
                table: "ScheduledTasks",
                columns: new[] { "RequestId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledTasks_Status_DueAt",
                table: "ScheduledTasks",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "RelayedMessages");

            migrationBuilder.DropTable(
                name: "ScheduledTasks");

            migrationBuilder.DropIndex(
                name: "IX_Requests_MatchedMemberId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AgreedTime",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Beneficiary_HouseNumber",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Beneficiary_Name",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Beneficiary_Phone",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Beneficiary_Postcode",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Beneficiary_Relation",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Beneficiary_Street",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Deadline",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Item",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "MatchedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "MatchedMemberId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "MatchedOfferId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Rating",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Until",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "InvitedToGiveBackAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PausedUntil",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Roles",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Vetted",
                table: "Members");
        }
    }
}
