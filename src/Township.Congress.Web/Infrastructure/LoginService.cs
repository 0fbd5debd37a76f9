using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Security;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Infrastructure;

public enum LoginOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    /// <summary>User name or password longer than any real one: refused before any work (400).</summary>
    TooLong,
}

/// <summary>
/// Signs users in and out (page form and API alike) and audits every attempt. A wrong password
/// and an unknown user name cost the same work (one PBKDF2 verification) and get the same answer;
/// lockout is per (client address, user name), see <see cref="LoginThrottle"/>.
/// </summary>
public sealed class LoginService(
    SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, CongressDbFactory factory,
    ServerSessionStore sessions, LoginThrottle throttle, ILogger<LoginService> log)
{
    public const int MaxUserNameLength = 64;
    public const int MaxPasswordLength = 128;

    // Verified against for unknown names, so they take as long as known ones (same hasher, same iterations).
    private static string? _dummyHash;
    private static readonly AppUser DummyUser = new() { UserName = "-" };

    public async Task<LoginOutcome> SignInAsync(string? userName, string? password)
    {
        if (userName?.Length > MaxUserNameLength || password?.Length > MaxPasswordLength)
        {
            log.LogWarning("Login refused: user name of {UserNameLength} or password of {PasswordLength} characters",
                userName?.Length ?? 0, password?.Length ?? 0);
            return LoginOutcome.TooLong;
        }
        userName = (userName ?? "").Trim();
        if (userName.Length == 0 || string.IsNullOrEmpty(password)) return LoginOutcome.Failed;

        var address = ClientAddress(signIn.Context);
        var outcome = throttle.IsLockedOut(address, userName)
            ? LoginOutcome.LockedOut
            : await CheckAsync(userName, password, address);
        // Never log the password; the (cleaned) user name is logged so lockouts can be explained.
        log.LogInformation("Login {Outcome} for {UserName} from {ClientAddress}", outcome, LogText.Clean(userName, MaxUserNameLength), address);
        await AuditAsync(userName, outcome switch
        {
            LoginOutcome.Succeeded => AuditAction.LoginSucceeded,
            LoginOutcome.LockedOut => AuditAction.LockedOut,
            _ => AuditAction.LoginFailed,
        });
        return outcome;
    }

    private async Task<LoginOutcome> CheckAsync(string userName, string password, string address)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        bool ok;
        if (user is null)
        {
            _dummyHash ??= hasher.HashPassword(DummyUser, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(DummyUser, _dummyHash, password);
            ok = false;
        }
        else
        {
            // A disabled (locked by an administrator) account answers exactly like a wrong password.
            ok = await users.CheckPasswordAsync(user, password) && await signIn.CanSignInAsync(user) && !await users.IsLockedOutAsync(user);
        }
        if (!ok) return throttle.RecordFailure(address, userName) ? LoginOutcome.LockedOut : LoginOutcome.Failed;

        throttle.Reset(address, userName);
        var sessionId = await sessions.StartAsync(user!.Id, address);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(CongressClaims.SessionId, sessionId.ToString()), new Claim("amr", "pwd")]);
        return LoginOutcome.Succeeded;
    }

    /// <summary>Ends this sign-in's server session (every tab and request using it) and deletes the cookie.</summary>
    public async Task SignOutAsync()
    {
        var user = signIn.Context.User;
        if (user.Identity?.IsAuthenticated == true) await AuditAsync(user.Identity.Name ?? "", AuditAction.Logout);
        // Signing out ends every sign-in of this user (other tabs, devices and API clients too), as
        // a password change, lockout or disable does: one rule for "this person's sessions are over".
        if (Guid.TryParse(signIn.UserManager.GetUserId(user), out var userId))
            await sessions.EndAllForUserAsync(userId, ServerSessionEnd.SignedOut);
        else if (ServerSessionStore.IdOf(user) is { } id) await sessions.EndAsync(id, ServerSessionEnd.SignedOut);
        await signIn.SignOutAsync();
    }

    public static string Message(LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.LockedOut => UiText.Login_LockedOut,
        _ => UiText.Login_Failed,
    };

    /// <summary>The address after forwarded headers (see PipelineSetup); "-" when the server knows none (test host).</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "-";

    private async Task AuditAsync(string userName, AuditAction action)
    {
        await using var db = factory.Create(null);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant());
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow, UserId = user?.Id, UserName = userName.Length > MaxUserNameLength ? userName[..MaxUserNameLength] : userName,
            TownshipId = user?.TownshipId, Action = action, EntityType = "Login", EntityKey = user?.Id.ToString() ?? "",
        });
        await db.SaveChangesAsync();
    }
}
