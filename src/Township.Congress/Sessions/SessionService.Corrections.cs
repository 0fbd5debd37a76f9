using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Sessions;

/// <summary>
/// 更正 and numbering: a closed session is read-only except through an explicit correction with a reason;
/// sessions are numbered by date within the term, fixed once opened.
/// </summary>
public sealed partial class SessionService
{
    /// <summary>
    /// This service making an explicit 更正: each change it saves on a closed session needs <paramref name="reason"/>
    /// and is recorded with it (who, when, what), for the audit and the minutes. Null: ordinary changes (this instance).
    /// </summary>
    public SessionService Correcting(string? reason) => reason is null ? this : new SessionService(db) { _correction = reason.Trim() };

    private void NoteCorrection(CongressSession session, SessionAction action)
    {
        if (string.IsNullOrWhiteSpace(_correction))
            throw new DomainValidationException([new("CorrectionReason", ModelText.Correction_ReasonRequired)]);
        if (_correction.Length > 500)
            throw new DomainValidationException([new("CorrectionReason", ModelText.Correction_ReasonTooLong)]);
        db.Add(new SessionCorrection
        {
            TownshipId = session.TownshipId, SessionId = session.Id, Change = SessionCorrections.ChangeOf(action), Reason = _correction,
            ByUserName = db.Scope.UserName, AtUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>
    /// Saves the pending changes and numbers the term's sessions by <see cref="SessionNumbering"/>. The ordinal is
    /// unique within the term, so the renumbered are first parked on negative numbers (all in one transaction).
    /// </summary>
    private async Task RenumberAsync(Guid termId, Guid? opening, CancellationToken ct)
    {
        var sessions = await db.Sessions.Where(s => s.TermId == termId).ToListAsync(ct);
        var wanted = SessionNumbering.Ordinals(sessions.Select(s => (s.Id, s.Status != SessionStatus.Planned && s.Id != opening, s.Ordinal, s.PlannedStart)).ToList(), opening);
        var changed = sessions.Where(s => wanted[s.Id] != s.Ordinal).ToList();
        if (changed.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        for (var i = 0; i < changed.Count; i++) changed[i].Ordinal = -(i + 1);
        await db.SaveChangesAsync(ct);
        foreach (var s in changed) s.Ordinal = wanted[s.Id];
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }
}
