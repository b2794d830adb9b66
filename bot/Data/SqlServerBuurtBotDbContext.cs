using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Data;

/// <summary>
/// The same model on SQL Server. A type of its own only so that SQL Server's migrations
/// (Data/Migrations/SqlServer) are told apart from SQLite's: EF Core picks the migrations whose
/// <c>[DbContext]</c> names the context type in use. Everything injects <see cref="BuurtBotDbContext"/>.
/// </summary>
public sealed class SqlServerBuurtBotDbContext(DbContextOptions<SqlServerBuurtBotDbContext> options) : BuurtBotDbContext(options);
