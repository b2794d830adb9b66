using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LoanItemsByArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offers_Item",
                table: "Offers");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Item_OffererPostcode",
                table: "Offers",
                columns: new[] { "Item", "OffererPostcode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offers_Item_OffererPostcode",
                table: "Offers");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Item",
                table: "Offers",
                column: "Item");
        }
    }
}
