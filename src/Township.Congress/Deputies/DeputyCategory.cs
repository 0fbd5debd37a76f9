namespace Township.Congress.Deputies;

/// <summary>Structural category (代表结构) that rosters and reports count by.</summary>
public enum DeputyCategory
{
    /// <summary>党政干部</summary>
    PartyGovernmentCadre,
    /// <summary>村社干部</summary>
    VillageCadre,
    /// <summary>农民</summary>
    Farmer,
    /// <summary>工人</summary>
    Worker,
    /// <summary>企业负责人</summary>
    BusinessLeader,
    /// <summary>专业技术人员</summary>
    Professional,
    /// <summary>教师</summary>
    Teacher,
    /// <summary>医务人员</summary>
    MedicalWorker,
    /// <summary>其他</summary>
    Other,
}
