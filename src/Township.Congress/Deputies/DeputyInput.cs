using Township.Congress.Model;
using Township.Congress.Resources;

namespace Township.Congress.Deputies;

/// <summary>What a person types to add or edit a deputy (form and API alike).</summary>
public sealed class DeputyInput
{
    public string Name { get; set; } = "";
    /// <summary>Left empty, it is read from the 公民身份号码.</summary>
    public Gender? Gender { get; set; }
    public string Ethnicity { get; set; } = "汉族"; // Chinese by design: a stored default value
    /// <summary>Left empty, it is read from the 公民身份号码.</summary>
    public DateOnly? BirthDate { get; set; }
    public string? IdCardNumber { get; set; }
    public string Affiliation { get; set; } = "群众"; // Chinese by design: a stored default value
    public string Education { get; set; } = "";
    public string Occupation { get; set; } = "";
    public DeputyCategory Category { get; set; } = DeputyCategory.Farmer;
    public DeputyLevels Levels { get; set; } = DeputyLevels.Township;
    public Guid? VillageId { get; set; }
    public string? WorkUnit { get; set; }
    public string Constituency { get; set; } = "";
    public string? Phone { get; set; }
    public Guid? GroupId { get; set; }

    /// <summary>Date the deputy took office; today when left empty.</summary>
    public DateOnly? InOfficeSince { get; set; }

    public static DeputyInput From(Deputy d) => new()
    {
        Name = d.Name, Gender = d.Gender, Ethnicity = d.Ethnicity, BirthDate = d.BirthDate,
        IdCardNumber = d.IdCardNumber, Affiliation = d.Affiliation, Education = d.Education,
        Occupation = d.Occupation, Category = d.Category, Levels = d.Levels, VillageId = d.VillageId,
        WorkUnit = d.WorkUnit, Constituency = d.Constituency, Phone = d.Phone, GroupId = d.GroupId,
        InOfficeSince = d.StatusSince,
    };

    /// <summary>
    /// Rules that need no database; the service adds the ones that do, and the stored lengths
    /// (<see cref="Data.ModelLimits.CheckInput"/>).
    /// </summary>
    public List<ValidationError> Validate(DateOnly today)
    {
        var errors = new List<ValidationError>();
        Name = Name.Trim();
        if (Name.Length == 0) errors.Add(new(nameof(Name), ModelText.Deputy_NameRequired));
        if (string.IsNullOrWhiteSpace(Ethnicity)) errors.Add(new(nameof(Ethnicity), ModelText.Deputy_EthnicityRequired));
        IdCardNumber = string.IsNullOrWhiteSpace(IdCardNumber) ? null : IdCardNumber.Trim().ToUpperInvariant();
        if (IdCardNumber is not null && !IdCard.IsValid(IdCardNumber))
            errors.Add(new(nameof(IdCardNumber), ModelText.Deputy_IdCardInvalid));
        else if (IdCardNumber is { } id) CheckAgainstIdCard(id, errors);
        else if (Gender is null) errors.Add(new(nameof(Gender), ModelText.Deputy_GenderRequired));
        if (BirthDate is { } b && (b > today || b < today.AddYears(-120)))
            errors.Add(new(nameof(BirthDate), ModelText.Deputy_BirthDateInvalid));
        else if (BirthDate is { } b18 && b18 > today.AddYears(-18))
            errors.Add(new(nameof(BirthDate), ModelText.Deputy_Under18));
        Phone = PhoneNumbers.Normalize(Phone);
        if (Phone is not null && !PhoneNumbers.IsValid(Phone))
            errors.Add(new(nameof(Phone), ModelText.Deputy_PhoneInvalid));
        // Values outside the defined choices would be stored and break every list that shows them.
        if (InputRules.EnumProblem(Gender, ModelText.Field_Gender) is { } g) errors.Add(new(nameof(Gender), g));
        if (InputRules.EnumProblem(Category, ModelText.Field_Category) is { } c) errors.Add(new(nameof(Category), c));
        if (InputRules.EnumProblem(Levels, ModelText.Field_Levels) is { } l) errors.Add(new(nameof(Levels), l));
        if (Levels == DeputyLevels.None) errors.Add(new(nameof(Levels), ModelText.Deputy_LevelRequired));
        if (InOfficeSince is { } since && since > today) errors.Add(new(nameof(InOfficeSince), ModelText.Deputy_TermStartInFuture));
        return errors;
    }

    /// <summary>The number states birth date and gender: empty fields take them, filled ones must agree.</summary>
    private void CheckAgainstIdCard(string id, List<ValidationError> errors)
    {
        var birth = IdCard.BirthDate(id)!.Value;
        var gender = IdCard.Gender(id);
        BirthDate ??= birth;
        Gender ??= gender;
        if (BirthDate != birth)
            errors.Add(new(nameof(BirthDate), string.Format(ModelText.Deputy_BirthDateDisagreesWithIdCard, birth)));
        if (Gender != gender)
            errors.Add(new(nameof(Gender), string.Format(ModelText.Deputy_GenderDisagreesWithIdCard, DeputyLabels.Of(gender))));
    }
}
