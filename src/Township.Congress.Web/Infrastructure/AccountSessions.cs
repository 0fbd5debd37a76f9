using Microsoft.AspNetCore.Identity;
using Township.Congress.Security;

namespace Township.Congress.Web.Infrastructure;

/// <summary>
/// Account changes that must end every sign-in of the user at once, API and open pages alike:
/// a new password, a disabled account. Each also renews the security stamp, so even a cookie
/// whose session row were somehow kept would fail Identity's own stamp check.
/// </summary>
public sealed class AccountSessions(UserManager<AppUser> users, ServerSessionStore sessions)
{
    public async Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded) await sessions.EndAllForUserAsync(user.Id, ServerSessionEnd.PasswordChanged);
        return result;
    }

    /// <summary>The account can no longer sign in (Identity lockout without end) and every session ends now.</summary>
    public async Task<IdentityResult> DisableAsync(AppUser user)
    {
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (!result.Succeeded) return result;
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllForUserAsync(user.Id, ServerSessionEnd.Disabled);
        return result;
    }

    public Task<int> EndAllAsync(Guid userId, string reason) => sessions.EndAllForUserAsync(userId, reason);
}
