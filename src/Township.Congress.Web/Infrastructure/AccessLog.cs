using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Records refused attempts in the log and in the audit: reads of another township's records
/// (answered as "not found") and writes by users who may only read (answered 403).
/// One attempt, one row.
/// </summary>
public sealed class AccessLog(CongressDbFactory factory, ILogger<AccessLog> log)
{
    private const string AuditedKey = "congress.refusal-audited";

    // A page opened by URL runs its lookup twice (prerendered, then in the circuit): the same
    // user asking for the same record from the same page this soon is the same visit.
    private static readonly TimeSpan SameVisit = TimeSpan.FromMinutes(1);

    public TownshipScope ScopeOf(HttpContext http) => factory.ScopeFor(http.User);

    public Task DeniedAsync(HttpContext http, string entityType, string key, CancellationToken ct)
    {
        http.Items[AuditedKey] = true;
        return WriteAsync(ScopeOf(http), AuditAction.AccessDenied, entityType, key, null, Where(http), sameVisitOnce: false, ct);
    }

    /// <summary>For pages: <paramref name="where"/> names the page the attempt came from.</summary>
    public Task DeniedAsync(TownshipScope scope, string entityType, string key, string where, CancellationToken ct = default) =>
        WriteAsync(scope, AuditAction.AccessDenied, entityType, key, null, where, sameVisitOnce: true, ct);

    /// <summary>A write on a record the user may read but not change (chairs, county staff).</summary>
    public Task WriteRefusedAsync(HttpContext http, string entityType, string key, Guid? townshipId, CancellationToken ct)
    {
        http.Items[AuditedKey] = true;
        return WriteAsync(ScopeOf(http), AuditAction.WriteRefused, entityType, key, townshipId, Where(http), sameVisitOnce: false, ct);
    }

    /// <summary>
    /// Middleware: a write request answered 403 that no handler audited yet (an endpoint that
    /// answers 403 itself, or an authorization policy) still leaves its row.
    /// </summary>
    public static async Task AuditRefusedWrites(HttpContext http, Func<Task> next)
    {
        await next();
        if (http.Response.StatusCode != StatusCodes.Status403Forbidden || HttpMethods.IsGet(http.Request.Method)
            || HttpMethods.IsHead(http.Request.Method) || http.Items.ContainsKey(AuditedKey)
            || http.User.Identity?.IsAuthenticated != true) return;
        var accessLog = http.RequestServices.GetRequiredService<AccessLog>();
        var scope = accessLog.ScopeOf(http);
        await accessLog.WriteAsync(scope, AuditAction.WriteRefused, EntityOfPath(http.Request.Path), "", scope.HomeTownshipId,
            Where(http), sameVisitOnce: false, http.RequestAborted);
    }

    private async Task WriteAsync(TownshipScope scope, AuditAction action, string entityType, string key, Guid? townshipId,
        string where, bool sameVisitOnce, CancellationToken ct)
    {
        await using var db = factory.CreateForScope(scope);
        var changes = JsonSerializer.Serialize(new { where });
        if (sameVisitOnce)
        {
            var since = DateTime.UtcNow - SameVisit;
            if (await db.AuditEntries.AnyAsync(a => a.Action == action && a.UserId == scope.UserId && a.EntityType == entityType
                    && a.EntityKey == key && a.Changes == changes && a.AtUtc >= since, ct)) return;
        }
        if (action == AuditAction.WriteRefused)
            log.LogWarning("Write refused: {User} may not change {EntityType} {Key} ({Where})", scope.UserName, entityType, key, where);
        else
            log.LogWarning("Access denied: {User} asked for {EntityType} {Key} outside their townships ({Where})", scope.UserName, entityType, key, where);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow, UserId = scope.UserId, UserName = scope.UserName, TownshipId = townshipId ?? scope.HomeTownshipId,
            Action = action, EntityType = entityType, EntityKey = key, Changes = changes,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Where(HttpContext http) => $"{http.Request.Method} {http.Request.Path}";

    // The record type an API path works on, so the audit's type filter finds the row.
    private static string EntityOfPath(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        string? Segment(string name) => segments.SkipWhile(s => s != name).Skip(1).FirstOrDefault();
        if (segments.Contains("suggestions") || segments.Contains("suggestion-import")) return "Suggestion";
        if (segments.Contains("sessions")) return "CongressSession";
        if (segments.Contains("deputies") || segments.Contains("roster")) return "Deputy";
        if (segments.Contains("groups")) return "DeputyGroup";
        if (segments.Contains("stations")) return "LiaisonStation";
        return Segment("v1") is { } first ? first : "";
    }
}
