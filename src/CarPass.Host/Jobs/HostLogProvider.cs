using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CarPass.Host.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide, so after one host of a process stops (tests run many)
/// another may still ask it for loggers; those get a silent logger instead of a disposed factory.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) =>
            false;
    }
}
