using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StandingRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PreviousOccurrenceId",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RepeatDays",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PreviousOccurrenceId",
                table: "Requests",
                column: "PreviousOccurrenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_PreviousOccurrenceId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "PreviousOccurrenceId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RepeatDays",
                table: "Requests");
        }
    }
}
