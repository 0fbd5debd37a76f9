using System.Diagnostics;
using Township.Congress.Testing.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Township.Congress.Web.Tests.Deployment;

/// <summary>
/// docker-compose.yml and the proxy's nginx.conf, checked without a container engine (none runs
/// here): the compose file is read as YAML for what a county server relies on, and nginx itself
/// tests its configuration.
/// </summary>
public class ComposeFileTests
{
    private static readonly string Root = RepositoryFolder.Root;

    [Fact]
    public void TwoAppReplicasSitBehindTheProxyWhichAloneIsPublished()
    {
        var services = Map(Compose(), "services");
        var app = Map(services, "app");
        Assert.Equal("2", Scalar(Map(app, "deploy"), "replicas"));
        Assert.False(app.Children.ContainsKey(new YamlScalarNode("ports")), "replicas cannot share a host port: only the proxy publishes one");
        Assert.Contains("/health/ready", string.Join(" ", Sequence(Map(app, "healthcheck"), "test").Select(n => n.ToString())));

        var proxy = Map(services, "proxy");
        Assert.StartsWith("nginx:", Scalar(proxy, "image"));
        Assert.Contains("5080:80", Sequence(proxy, "ports").Select(n => n.ToString()));
        Assert.Contains(Sequence(proxy, "volumes").Select(n => n.ToString()), v => v.StartsWith("./deploy/nginx.conf:/etc/nginx/nginx.conf"));
        Assert.True(File.Exists(Path.Combine(Root, "deploy", "nginx.conf")));
    }

    [Fact]
    public void TheAppBelievesForwardedAddressesOnlyFromTheComposeNetwork()
    {
        var compose = Compose();
        var subnet = Scalar((YamlMappingNode)Sequence(Map(Map(Map(compose, "networks"), "default"), "ipam"), "config")[0], "subnet");
        var environment = Map(Map(Map(compose, "services"), "app"), "environment");
        Assert.Equal(subnet, Scalar(environment, "Security__KnownNetworks__0"));
        Assert.Equal("PostgreSql", Scalar(environment, "Database__Provider"));
    }

    [Fact]
    public void NginxAcceptsTheProxyConfigurationAndRoutesStickilyWithWebSockets()
    {
        var text = File.ReadAllText(Path.Combine(Root, "deploy", "nginx.conf"));
        Assert.Contains("ip_hash;", text); // Blazor Server circuits live on one node
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", text);

        // "app" resolves only inside the compose network; nginx -t resolves upstream hosts.
        var folder = Directory.CreateTempSubdirectory("congress-nginx-").FullName;
        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, text.Replace("server app:8080", "server 127.0.0.1:8080"));
        var info = new ProcessStartInfo("nginx", ["-t", "-c", config, "-p", folder, "-e", "stderr", "-g", $"pid {folder}/nginx.pid;"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        using var nginx = Process.Start(info)!;
        var said = nginx.StandardError.ReadToEnd() + nginx.StandardOutput.ReadToEnd();
        nginx.WaitForExit();
        Assert.True(nginx.ExitCode == 0, said);
        Assert.Contains("syntax is ok", said);
        Directory.Delete(folder, recursive: true);
    }

    private static YamlMappingNode Compose()
    {
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlSequenceNode Sequence(YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
