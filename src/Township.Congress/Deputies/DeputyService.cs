using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>The changes a secretary makes to the roster. Every write goes through here.</summary>
public sealed class DeputyService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    public async Task<Deputy> CreateAsync(Guid townshipId, DeputyInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var errors = Validate(input);
        var term = await db.CurrentTermOrErrorAsync(townshipId, errors, ct);
        await ValidateReferencesAsync(townshipId, input, null, errors, ct);
        DomainValidationException.ThrowIfAny(errors);

        var deputy = new Deputy { Name = input.Name, TownshipId = townshipId, TermId = term!.Id };
        Apply(deputy, input);
        deputy.StatusSince = input.InOfficeSince ?? Today;
        deputy.TookOfficeOn = deputy.StatusSince;
        db.Deputies.Add(deputy);
        await db.SaveChangesAsync(ct);
        return deputy;
    }

    /// <summary>Saves an edit made on <paramref name="version"/>; refuses it if the record moved on since.</summary>
    public async Task<Deputy> UpdateAsync(Guid id, DeputyInput input, long version, CancellationToken ct = default)
    {
        var deputy = await db.FindVisibleAsync<Deputy>(id, ct);
        var errors = Validate(input);
        await ValidateReferencesAsync(deputy.TownshipId, input, id, errors, ct);
        DomainValidationException.ThrowIfAny(errors);

        db.EditingVersion(deputy, version);
        Apply(deputy, input);
        if (input.InOfficeSince is { } since && deputy.Status == DeputyStatus.InOffice) deputy.StatusSince = since;
        await GroupLeadership.ReleaseLeadersWhoLeftAsync(db, ct);
        await db.SaveChangesAsync(ct);
        return deputy;
    }

    /// <summary>辞职/罢免/调离/去世 (or back to 在任): dated, with a reason, kept in the history.</summary>
    public async Task<Deputy> ChangeStatusAsync(Guid id, DeputyStatus status, DateOnly effectiveOn, string reason, long version, CancellationToken ct = default)
    {
        var deputy = await db.FindVisibleAsync<Deputy>(id, ct);
        var errors = new List<ValidationError>();
        reason = (reason ?? "").Trim();
        if (status == deputy.Status) errors.Add(new("Status", string.Format(ModelText.Deputy_AlreadyInStatus, DeputyLabels.Of(status))));
        if (effectiveOn > Today) errors.Add(new("EffectiveOn", ModelText.DeputyStatus_DateInFuture));
        if (effectiveOn < deputy.StatusSince) errors.Add(new("EffectiveOn", string.Format(ModelText.DeputyStatus_DateBeforeLastChange, ChineseDate.Format(deputy.StatusSince))));
        if (reason.Length == 0) errors.Add(new("Reason", ModelText.DeputyStatus_ReasonRequired));
        if (InputRules.EnumProblem(status, ModelText.Field_Status) is { } badStatus) errors.Add(new("Status", badStatus));
        if (InputRules.TextProblem(reason, db.Model.MaxLength(typeof(DeputyStatusChange), nameof(DeputyStatusChange.Reason)), ModelText.Field_ChangeReason) is { } tooLong)
            errors.Add(new("Reason", tooLong));
        DomainValidationException.ThrowIfAny(errors);

        db.EditingVersion(deputy, version);
        db.DeputyStatusChanges.Add(new DeputyStatusChange
        {
            TownshipId = deputy.TownshipId, DeputyId = deputy.Id, From = deputy.Status, To = status,
            EffectiveOn = effectiveOn, Reason = reason, RecordedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            RecordedBy = db.Scope.UserName,
        });
        deputy.Status = status;
        deputy.StatusSince = effectiveOn;
        await db.SaveChangesAsync(ct);
        return deputy;
    }

    /// <summary>The input's own rules and the stored lengths, once per field.</summary>
    internal List<ValidationError> Validate(DeputyInput input)
    {
        var errors = input.Validate(Today);
        errors.AddRange(db.Model.CheckInput(typeof(Deputy), input).Where(e => !errors.Any(x => x.Field == e.Field)));
        return errors;
    }

    internal static void Apply(Deputy d, DeputyInput input)
    {
        d.Name = input.Name; // sets the search and sort keys too
        d.Gender = input.Gender ?? Gender.Male; // set by Validate (from the ID) or refused there
        d.Ethnicity = input.Ethnicity.Trim();
        d.BirthDate = input.BirthDate;
        d.IdCardNumber = input.IdCardNumber;
        d.Affiliation = input.Affiliation.Trim();
        d.Education = input.Education.Trim();
        d.Occupation = input.Occupation.Trim();
        d.Category = input.Category;
        d.Levels = input.Levels;
        d.VillageId = input.VillageId;
        d.WorkUnit = string.IsNullOrWhiteSpace(input.WorkUnit) ? null : input.WorkUnit.Trim();
        d.Constituency = input.Constituency.Trim();
        d.Phone = PhoneNumbers.Normalize(input.Phone);
        d.GroupId = input.GroupId;
    }

    private async Task ValidateReferencesAsync(Guid townshipId, DeputyInput input, Guid? self, List<ValidationError> errors, CancellationToken ct)
    {
        if (input.VillageId is { } v && !await db.Villages.AnyAsync(x => x.Id == v && x.TownshipId == townshipId, ct))
            errors.Add(new(nameof(input.VillageId), ModelText.Deputy_VillageOfOtherTownship));
        if (input.GroupId is { } g && !await db.DeputyGroups.AnyAsync(x => x.Id == g && x.TownshipId == townshipId, ct))
            errors.Add(new(nameof(input.GroupId), ModelText.Deputy_GroupOfOtherTownship));
        if (input.IdCardNumber is { } idc &&
            await db.Deputies.AnyAsync(x => x.TownshipId == townshipId && x.IdCardNumber == idc && x.Id != self, ct))
            errors.Add(new(nameof(input.IdCardNumber), ModelText.Deputy_IdCardTaken));
    }
}
