using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Township.Congress.Web.Tests.Http;

/// <summary>
/// The API's problem details speak the request's language: Chinese by default (and for zh), English for
/// Accept-Language: en. The model's messages come from its resources, so both the title and the errors follow.
/// </summary>
public class ProblemLanguageTests(CongressAppFactory app) : IClassFixture<CongressAppFactory>
{
    private static readonly object Invalid = new { deputy = new { name = "", gender = "Male", phone = "123" } };

    private async Task<JsonElement> PostInvalidDeputyAsync(string? acceptLanguage)
    {
        var client = await app.LoginAsync("town04");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/deputies") { Content = JsonContent.Create(Invalid) };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8")]
    [InlineData("fr-FR")]
    public async Task TheSameInvalidInputIsAnsweredInChineseByDefault(string? acceptLanguage)
    {
        var problem = await PostInvalidDeputyAsync(acceptLanguage);

        Assert.Equal("请填写代表姓名。", problem.GetProperty("errors").GetProperty("Name")[0].GetString());
        Assert.Equal("联系电话应为11位手机号码或带区号的固定电话。", problem.GetProperty("errors").GetProperty("Phone")[0].GetString());
        Assert.Contains("请填写代表姓名。", problem.GetProperty("detail").GetString());
        Assert.Equal("输入有误", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US,en;q=0.9")]
    public async Task TheSameInvalidInputIsAnsweredInEnglishWhenAsked(string acceptLanguage)
    {
        var problem = await PostInvalidDeputyAsync(acceptLanguage);

        Assert.Equal("Please enter the deputy's name.", problem.GetProperty("errors").GetProperty("Name")[0].GetString());
        Assert.Equal("The phone number should be an 11-digit mobile number or a landline with its area code.",
            problem.GetProperty("errors").GetProperty("Phone")[0].GetString());
        Assert.Equal("Please enter the deputy's name.; The phone number should be an 11-digit mobile number or a landline with its area code.",
            problem.GetProperty("detail").GetString());
        Assert.DoesNotMatch(@"[\u4e00-\u9fff]", problem.GetRawText());
    }

    [Fact]
    public async Task PagesStayChineseForAnEnglishBrowser()
    {
        var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-US,en;q=0.9");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("登录", html);
    }
}
