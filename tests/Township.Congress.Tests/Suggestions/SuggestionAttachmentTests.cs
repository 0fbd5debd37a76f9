using System.Text;
using Township.Congress.Data;
using Township.Congress.Files;
using Township.Congress.Model;
using Township.Congress.Security;
using Township.Congress.Sessions;
using Township.Congress.Suggestions;
using Township.Congress.Testing.Infrastructure;

namespace Township.Congress.Tests.Suggestions;

public class SuggestionAttachmentTests
{
    private static MemoryStream Pdf() => new(Encoding.ASCII.GetBytes("%PDF-1.7\n% answer\n"));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnitsAttachFilesToTheirAnswersAndEveryoneWhoSeesTheItemReadsThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await SuggestionWorld.CreateAsync(database, new DateOnly(2026, 3, 2));
        var item = await w.CreateAsync();
        await w.AssignAsync(item.Id, w.Water);
        await w.StepAsync(w.RoadsUnit, item.Id, new TransitionInput { Action = SuggestionAction.Answer, AnswerClass = AnswerClass.A, Text = "已完成。" });
        var options = new DocumentOptions();

        Guid answerId;
        await using (var db = w.Context(w.Secretary)) answerId = (await db.DetailsAsync(item.Id, WorkCalendar.WeekendsOnly)).Answers.Single().Id;
        AttachmentView uploaded;
        await using (var unit = w.Context(w.RoadsUnit))
            uploaded = await new SuggestionAttachmentService(unit, options).UploadAsync(item.Id, answerId, "答复函.pdf", Pdf());
        Assert.Equal((UploadedFiles.Pdf, "unit01"), (uploaded.ContentType, uploaded.UploadedBy));

        // The co-unit may add files to the item, not to the lead unit's answer; a wrong file is refused.
        await using (var water = w.Context(w.WaterUnit))
        {
            var service = new SuggestionAttachmentService(water, options);
            await Assert.ThrowsAsync<DomainValidationException>(() => service.UploadAsync(item.Id, answerId, "x.pdf", Pdf()));
            var wrong = await Assert.ThrowsAsync<DomainValidationException>(() => service.UploadAsync(item.Id, null, "说明.docx", Pdf()));
            Assert.Contains("扩展名", wrong.Message);
            Assert.Equal("答复函.pdf", (await service.DownloadAsync(uploaded.Id)).FileName);
        }
        // County staff read but do not upload; a unit that is not on the item sees nothing of it.
        await using (var county = w.Context(w.County.CountyViewer))
        {
            var service = new SuggestionAttachmentService(county, options);
            await Assert.ThrowsAsync<DomainValidationException>(() => service.UploadAsync(item.Id, null, "a.pdf", Pdf()));
            Assert.Equal("答复函.pdf", (await service.DownloadAsync(uploaded.Id)).FileName);
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => service.DeleteAsync(uploaded.Id));
        }
        await using (var school = w.Context(TownshipScope.HandlingUnit("unit03", Guid.NewGuid(), w.County.County.Id, w.School.Id)))
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => new SuggestionAttachmentService(school, options).DownloadAsync(uploaded.Id));
        await using (var unit = w.Context(w.RoadsUnit))
            await Assert.ThrowsAsync<TownshipAccessDeniedException>(() => new SuggestionAttachmentService(unit, options).DeleteAsync(uploaded.Id));

        await using var secretary = w.Context(w.Secretary);
        Assert.Equal(answerId, (await secretary.DetailsAsync(item.Id, WorkCalendar.WeekendsOnly)).Attachments.Single().AnswerId);
        await new SuggestionAttachmentService(secretary, options).DeleteAsync(uploaded.Id);
        Assert.Empty((await secretary.DetailsAsync(item.Id, WorkCalendar.WeekendsOnly)).Attachments);
    }
}
