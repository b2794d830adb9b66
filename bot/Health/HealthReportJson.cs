using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BuurtBot.Health;

/// <summary>The readiness answer as JSON: the overall status and each check's status and description (no exception text).</summary>
internal static class HealthReportJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.GetType().Name,
            }),
        }, cancellationToken: context.RequestAborted);
    }
}
