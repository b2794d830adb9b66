using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MatchingAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfferCategories",
                columns: table => new
                {
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferCategories", x => new { x.OfferId, x.Category });
                    table.ForeignKey(
                        name: "FK_OfferCategories_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferItemSuffixes",
                columns: table => new
                {
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    Suffix = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferItemSuffixes", x => new { x.OfferId, x.Suffix });
                    table.ForeignKey(
                        name: "FK_OfferItemSuffixes_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Item",
                table: "Offers",
                column: "Item");

            migrationBuilder.CreateIndex(
                name: "IX_OfferCategories_Category_OfferId",
                table: "OfferCategories",
                columns: new[] { "Category", "OfferId" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferItemSuffixes_Suffix_OfferId",
                table: "OfferItemSuffixes",
                columns: new[] { "Suffix", "OfferId" });

            // The offers already there: their categories (one comma-separated column) as rows, and every suffix of a lent thing's name.
            migrationBuilder.Sql("""
                INSERT INTO [OfferCategories] ([OfferId], [Category])
                SELECT DISTINCT o.[Id], c.[value]
                FROM [Offers] AS o CROSS APPLY STRING_SPLIT(o.[Categories], N',') AS c
                WHERE o.[Categories] <> N'' AND c.[value] <> N'';
                """);
            migrationBuilder.Sql("""
                WITH s ([OfferId], [Suffix]) AS (
                    SELECT [Id], CAST([Item] AS nvarchar(60)) FROM [Offers] WHERE [Item] IS NOT NULL AND [Item] <> N''
                    UNION ALL
                    SELECT [OfferId], CAST(SUBSTRING([Suffix], 2, 60) AS nvarchar(60)) FROM s WHERE DATALENGTH([Suffix]) > 2)
                INSERT INTO [OfferItemSuffixes] ([OfferId], [Suffix])
                SELECT DISTINCT [OfferId], [Suffix] FROM s;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferCategories");

            migrationBuilder.DropTable(
                name: "OfferItemSuffixes");

            migrationBuilder.DropIndex(
                name: "IX_Offers_Item",
                table: "Offers");
        }
    }
}
