namespace Township.Congress.Security;

/// <summary>
/// What one user may read and write. This is the one place that decides it: the context
/// filters every query by <see cref="CanRead"/> and refuses every write that fails
/// <see cref="CanWrite"/>, whether the call came from a page, the API or a job.
/// </summary>
public sealed class TownshipScope
{
    private readonly HashSet<Guid> _readable;
    private readonly HashSet<Guid> _writable;

    private TownshipScope(string userName, Guid? userId, bool unrestricted, IEnumerable<Guid> readable,
        IEnumerable<Guid> writable, bool mayBrowseAudit, bool maySeePersonalData, Guid? countyId = null, Guid? handlingUnitId = null)
    {
        CountyId = countyId;
        HandlingUnitId = handlingUnitId;
        UserName = userName;
        UserId = userId;
        Unrestricted = unrestricted;
        _readable = [.. readable];
        _writable = [.. writable];
        ReadableTownshipIds = [.. _readable];
        MayBrowseAudit = mayBrowseAudit;
        MaySeePersonalData = maySeePersonalData;
    }

    public string UserName { get; }
    public Guid? UserId { get; }

    /// <summary>Administrators and system jobs (migrations, seeding) see and change everything.</summary>
    public bool Unrestricted { get; }

    /// <summary>Used by the query filters; a list so EF Core can send it as one parameter.</summary>
    public List<Guid> ReadableTownshipIds { get; }
    public bool MayBrowseAudit { get; }

    /// <summary>The county of a county viewer or handling unit; null for others.</summary>
    public Guid? CountyId { get; }

    /// <summary>
    /// Set for a handling-unit login (承办单位): it reads no township's records, only the items
    /// currently assigned to its unit, and writes only the unit's steps on them (return, answer,
    /// co-unit opinion). The query filters and the change guard read this.
    /// </summary>
    public Guid? HandlingUnitId { get; }

    /// <summary>
    /// Whether phone and ID-card numbers are shown in full. Read it through <see cref="Disclose"/>,
    /// which every list, export, print, API answer and the audit use.
    /// </summary>
    public bool MaySeePersonalData { get; }

    /// <summary>The one disclosure rule: the value itself for those who may see it, masked for the rest.</summary>
    public string Disclose(PersonalField field, string? value) =>
        MaySeePersonalData ? value ?? "" : PersonalData.Mask(field, value);

    public string DisclosePhone(string? phone) => Disclose(PersonalField.Phone, phone);

    public string DiscloseIdNumber(string? idNumber) => Disclose(PersonalField.IdCardNumber, idNumber);

    /// <summary>For free text that may quote personal data (audit rows): numbers in it are masked for those who may not see them.</summary>
    public string DiscloseInText(string text) => MaySeePersonalData ? text : PersonalData.MaskInText(text);

    /// <summary>Nobody signed in: reads nothing, writes nothing.</summary>
    public static TownshipScope Anonymous { get; } = new("anonymous", null, false, [], [], false, false);

    public static TownshipScope System(string what = "system") => new(what, null, true, [], [], true, true);

    public static TownshipScope Administrator(string userName, Guid userId) =>
        new(userName, userId, true, [], [], true, true);

    public static TownshipScope Secretary(string userName, Guid userId, Guid townshipId) =>
        new(userName, userId, false, [townshipId], [townshipId], false, true);

    public static TownshipScope Chair(string userName, Guid userId, Guid townshipId) =>
        new(userName, userId, false, [townshipId], [], true, false);

    public static TownshipScope CountyViewer(string userName, Guid userId, IEnumerable<Guid> countyTownshipIds, Guid? countyId = null) =>
        new(userName, userId, false, countyTownshipIds, [], false, false, countyId);

    public static TownshipScope HandlingUnit(string userName, Guid userId, Guid countyId, Guid unitId) =>
        new(userName, userId, false, [], [], false, false, countyId, unitId);

    public bool CanRead(Guid townshipId) => Unrestricted || _readable.Contains(townshipId);

    public bool CanWrite(Guid townshipId) => Unrestricted || _writable.Contains(townshipId);

    public bool CanWriteAny => Unrestricted || _writable.Count > 0;

    /// <summary>The one township a township-level user works in; null for county and admin users.</summary>
    public Guid? HomeTownshipId => !Unrestricted && _readable.Count == 1 ? _readable.First() : null;

    public void EnsureCanWrite(Guid townshipId, string entityType, object key)
    {
        if (!CanWrite(townshipId)) throw new TownshipAccessDeniedException(entityType, key.ToString() ?? "", townshipId);
    }
}
