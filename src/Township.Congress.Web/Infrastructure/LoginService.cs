using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Township.Congress.Auditing;
using Township.Congress.Data;
using Township.Congress.Security;
using Township.Congress.Web.Resources;

namespace Township.Congress.Web.Infrastructure;

public enum LoginOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>Signs users in and out (page form and API alike) and audits every attempt.</summary>
public sealed class LoginService(SignInManager<AppUser> signIn, CongressDbFactory factory, ILogger<LoginService> log)
{
    public async Task<LoginOutcome> SignInAsync(string? userName, string? password)
    {
        userName = (userName ?? "").Trim();
        if (userName.Length == 0 || string.IsNullOrEmpty(password)) return LoginOutcome.Failed;
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        var outcome = result.Succeeded ? LoginOutcome.Succeeded : result.IsLockedOut ? LoginOutcome.LockedOut : LoginOutcome.Failed;
        // Never log the password; the user name is logged so lockouts can be explained.
        log.LogInformation("Login {Outcome} for {UserName}", outcome, userName);
        await AuditAsync(userName, outcome switch
        {
            LoginOutcome.Succeeded => AuditAction.LoginSucceeded,
            LoginOutcome.LockedOut => AuditAction.LockedOut,
            _ => AuditAction.LoginFailed,
        });
        return outcome;
    }

    public async Task SignOutAsync()
    {
        var user = signIn.Context.User;
        if (user.Identity?.IsAuthenticated == true) await AuditAsync(user.Identity.Name ?? "", AuditAction.Logout);
        await signIn.SignOutAsync();
    }

    public static string Message(LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.LockedOut => UiText.Login_LockedOut,
        _ => UiText.Login_Failed,
    };

    private async Task AuditAsync(string userName, AuditAction action)
    {
        await using var db = factory.Create(null);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant());
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow, UserId = user?.Id, UserName = userName, TownshipId = user?.TownshipId,
            Action = action, EntityType = "Login", EntityKey = user?.Id.ToString() ?? "",
        });
        await db.SaveChangesAsync();
    }
}
