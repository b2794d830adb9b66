using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OffersByArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offers_Status_Kind_Date",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_OfferItemSuffixes_Suffix_OfferId",
                table: "OfferItemSuffixes");

            migrationBuilder.DropIndex(
                name: "IX_OfferCategories_Category_OfferId",
                table: "OfferCategories");

            migrationBuilder.AddColumn<string>(
                name: "OffererPostcode",
                table: "Offers",
                type: "nvarchar(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OffererPostcode",
                table: "OfferItemSuffixes",
                type: "nvarchar(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OffererPostcode",
                table: "OfferCategories",
                type: "nvarchar(6)",
                maxLength: 6,
                nullable: true);

            // Offers made before this migration get their offerer's postcode, and so do the rows matching finds them by.
            migrationBuilder.Sql("""
                UPDATE [Offers] SET [OffererPostcode] = (SELECT m.[Postcode] FROM [Members] AS m WHERE m.[Id] = [Offers].[OffererId]);
                """);
            migrationBuilder.Sql("""
                UPDATE [OfferCategories] SET [OffererPostcode] = (SELECT o.[OffererPostcode] FROM [Offers] AS o WHERE o.[Id] = [OfferCategories].[OfferId]);
                """);
            migrationBuilder.Sql("""
                UPDATE [OfferItemSuffixes] SET [OffererPostcode] = (SELECT o.[OffererPostcode] FROM [Offers] AS o WHERE o.[Id] = [OfferItemSuffixes].[OfferId]);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Status_Kind_Date_OffererPostcode",
                table: "Offers",
                columns: new[] { "Status", "Kind", "Date", "OffererPostcode" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferItemSuffixes_Suffix_OffererPostcode_OfferId",
                table: "OfferItemSuffixes",
                columns: new[] { "Suffix", "OffererPostcode", "OfferId" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferCategories_Category_OffererPostcode_OfferId",
                table: "OfferCategories",
                columns: new[] { "Category", "OffererPostcode", "OfferId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offers_Status_Kind_Date_OffererPostcode",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_OfferItemSuffixes_Suffix_OffererPostcode_OfferId",
                table: "OfferItemSuffixes");

            migrationBuilder.DropIndex(
                name: "IX_OfferCategories_Category_OffererPostcode_OfferId",
                table: "OfferCategories");

            migrationBuilder.DropColumn(
                name: "OffererPostcode",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "OffererPostcode",
                table: "OfferItemSuffixes");

            migrationBuilder.DropColumn(
                name: "OffererPostcode",
                table: "OfferCategories");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Status_Kind_Date",
                table: "Offers",
                columns: new[] { "Status", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferItemSuffixes_Suffix_OfferId",
                table: "OfferItemSuffixes",
                columns: new[] { "Suffix", "OfferId" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferCategories_Category_OfferId",
                table: "OfferCategories",
                columns: new[] { "Category", "OfferId" });
        }
    }
}
