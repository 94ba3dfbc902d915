using CarPass.Host.Cli;
using CarPass.Host.Setup;

var (verb, hostArgs) = CliVerbs.Split(args);

// Nothing reloads configuration, and the database usually lives under the content root (data/):
// a reloading appsettings.json would keep a watcher over that folder woken by every commit.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. hostArgs]);
builder.AddCarPass();

var app = builder.Build();
if (verb is not null)
    return await CliVerbs.RunAsync(app, verb, app.Lifetime.ApplicationStopping);

await app.InitializeDatabaseAsync();
app.MapCarPass();
await app.RunAsync();
return 0;

public partial class Program;
