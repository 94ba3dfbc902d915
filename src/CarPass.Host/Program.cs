using CarPass.Host.Cli;
using CarPass.Host.Setup;

var (verb, hostArgs) = CliVerbs.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddCarPass();

var app = builder.Build();
if (verb is not null)
    return await CliVerbs.RunAsync(app, verb, app.Lifetime.ApplicationStopping);

await app.InitializeDatabaseAsync();
app.MapCarPass();
await app.RunAsync();
return 0;

public partial class Program;
