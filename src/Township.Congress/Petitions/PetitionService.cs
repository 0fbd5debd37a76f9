using Microsoft.EntityFrameworkCore;
using Township.Congress.Data;
using Township.Congress.Formatting;
using Township.Congress.Model;
using Township.Congress.Resources;
using Township.Congress.Rules;
using Township.Congress.Security;
using Township.Congress.Suggestions;

namespace Township.Congress.Petitions;

/// <summary>What a secretary enters for a petition: the reception, the decision, the extension and the result.</summary>
public sealed class PetitionInput
{
    public string VisitorName { get; set; } = "";
    public string VisitorPhone { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string Matter { get; set; } = "";
    public Guid? ReceivedByDeputyId { get; set; }
    public string ReceivedBy { get; set; } = "";
    public Guid? UnitId { get; set; }
    public PetitionState State { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public int ExtensionDays { get; set; }
    public string ExtensionReason { get; set; } = "";
    public DateOnly? FinishedOn { get; set; }
    public string Result { get; set; } = "";
    public Satisfaction? Satisfaction { get; set; }
}

public sealed class PetitionService(CongressDbContext db)
{
    private DateOnly Today => ChineseDate.TodayInChina(db.Clock);

    public async Task<Petition> CreateAsync(Guid townshipId, PetitionInput input, CancellationToken ct = default)
    {
        await db.FindTownshipAsync(townshipId, ct);
        var petition = new Petition { TownshipId = townshipId, VisitorName = "", Matter = "" };
        await ApplyAsync(petition, input, ct);
        db.Add(petition);
        await db.SaveChangesAsync(ct);
        return petition;
    }

    public async Task<Petition> UpdateAsync(Guid id, PetitionInput input, long version, CancellationToken ct = default)
    {
        var petition = await db.FindVisibleAsync<Petition>(id, ct);
        db.EditingVersion(petition, version);
        await ApplyAsync(petition, input, ct);
        await db.SaveChangesAsync(ct);
        return petition;
    }

    private async Task ApplyAsync(Petition p, PetitionInput input, CancellationToken ct)
    {
        var rules = await new CountyRulesService(db).ForTownshipAsync(p.TownshipId, ct);
        // A form filled from a masked view sends the mask back: that keeps the stored number.
        if (p.VisitorPhone.Length > 0 && input.VisitorPhone == PersonalData.Mask(PersonalField.Phone, p.VisitorPhone))
            input.VisitorPhone = p.VisitorPhone;
        var errors = Validate(p, input, rules);
        if (input.ReceivedByDeputyId is { } deputyId && !await db.Deputies.AnyAsync(d => d.Id == deputyId && d.TownshipId == p.TownshipId, ct))
            errors.Add(new(nameof(input.ReceivedByDeputyId), ModelText.Petition_DeputyUnknown));
        if (input.UnitId is { } unitId && !await UnitServesAsync(unitId, p.TownshipId, ct))
            errors.Add(new(nameof(input.UnitId), ModelText.Petition_UnitUnknown));
        DomainValidationException.ThrowIfAny(errors);

        var receivedBy = input.ReceivedBy.Trim();
        if (input.ReceivedByDeputyId is { } d && receivedBy.Length == 0)
            receivedBy = await db.Deputies.Where(x => x.Id == d).Select(x => x.Name).FirstAsync(ct);
        // The deadlines follow the day of reception under the settings in force when it is (re)entered.
        if (p.DecideBy == default || p.ReceivedOn != input.ReceivedOn)
            (p.DecideBy, p.FinishBy) = PetitionRules.DueDates(input.ReceivedOn, rules);
        p.VisitorName = input.VisitorName.Trim();
        p.VisitorPhone = input.VisitorPhone.Trim();
        p.ReceivedOn = input.ReceivedOn;
        p.Matter = input.Matter.Trim();
        p.ReceivedByDeputyId = input.ReceivedByDeputyId;
        p.ReceivedBy = receivedBy;
        p.UnitId = input.UnitId;
        p.State = input.State;
        p.DecidedOn = input.State == PetitionState.Received ? null : input.DecidedOn;
        p.ExtensionDays = input.ExtensionDays;
        p.ExtensionReason = input.ExtensionReason.Trim();
        p.FinishedOn = input.State == PetitionState.Finished ? input.FinishedOn : null;
        p.Result = input.Result.Trim();
        p.Satisfaction = input.State == PetitionState.Finished ? input.Satisfaction : null;
    }

    /// <summary>The county's units (no township) and the township's own.</summary>
    private Task<bool> UnitServesAsync(Guid unitId, Guid townshipId, CancellationToken ct) =>
        db.HandlingUnits.AnyAsync(u => u.Id == unitId && (u.TownshipId == null || u.TownshipId == townshipId)
            && db.Townships.Any(t => t.Id == townshipId && t.CountyId == u.CountyId), ct);

    private List<ValidationError> Validate(Petition existing, PetitionInput input, CountyRules rules)
    {
        var today = Today;
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.VisitorName)) errors.Add(new(nameof(input.VisitorName), ModelText.Petition_VisitorRequired));
        if (input.VisitorPhone.Trim() is { Length: > 0 } phone && !phone.All(c => char.IsAsciiDigit(c) || c == '-'))
            errors.Add(new(nameof(input.VisitorPhone), ModelText.Petition_PhoneInvalid));
        if (input.ReceivedOn > today || input.ReceivedOn.Year < 2000) errors.Add(new(nameof(input.ReceivedOn), ModelText.Petition_ReceivedOnInvalid));
        if (string.IsNullOrWhiteSpace(input.Matter)) errors.Add(new(nameof(input.Matter), ModelText.Petition_MatterRequired));
        if (input.ReceivedByDeputyId is null && string.IsNullOrWhiteSpace(input.ReceivedBy))
            errors.Add(new(nameof(input.ReceivedBy), ModelText.Petition_ReceiverRequired));
        if (input.State != PetitionState.Received)
        {
            if (input.DecidedOn is not { } decided) errors.Add(new(nameof(input.DecidedOn), ModelText.Petition_DecidedOnRequired));
            else if (decided < input.ReceivedOn || decided > today) errors.Add(new(nameof(input.DecidedOn), ModelText.Petition_DecidedOnInvalid));
        }
        if (input.State is PetitionState.Accepted or PetitionState.Finished && input.UnitId is null)
            errors.Add(new(nameof(input.UnitId), ModelText.Petition_UnitRequired));
        if (input.State == PetitionState.NotAccepted && string.IsNullOrWhiteSpace(input.Result))
            errors.Add(new(nameof(input.Result), ModelText.Petition_NotAcceptedReasonRequired));
        if (input.State == PetitionState.Finished)
        {
            if (input.FinishedOn is not { } finished) errors.Add(new(nameof(input.FinishedOn), ModelText.Petition_FinishedOnRequired));
            else if (finished < (input.DecidedOn ?? input.ReceivedOn) || finished > today)
                errors.Add(new(nameof(input.FinishedOn), ModelText.Petition_FinishedOnInvalid));
            if (string.IsNullOrWhiteSpace(input.Result)) errors.Add(new(nameof(input.Result), ModelText.Petition_ResultRequired));
        }
        if (input.State != PetitionState.Finished && input.Satisfaction is not null)
            errors.Add(new(nameof(input.Satisfaction), ModelText.Petition_SatisfactionBeforeFinish));
        if (!PetitionRules.ExtensionAllowed(input.ExtensionDays, rules))
            errors.Add(new(nameof(input.ExtensionDays), string.Format(ModelText.Petition_ExtensionTooLong, rules.Whole(PetitionRules.MaxExtensionDays))));
        else if (input.ExtensionDays > 0 && string.IsNullOrWhiteSpace(input.ExtensionReason))
            errors.Add(new(nameof(input.ExtensionReason), ModelText.Petition_ExtensionReasonRequired));
        // Once: an extension already recorded stays as it was.
        if (existing.ExtensionDays > 0 && input.ExtensionDays != existing.ExtensionDays)
            errors.Add(new(nameof(input.ExtensionDays), ModelText.Petition_ExtendedOnce));
        return errors;
    }
}
