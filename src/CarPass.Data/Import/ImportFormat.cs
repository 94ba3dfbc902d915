namespace CarPass.Data.Import;

/// <summary>The files CarPass imports (docs/EXPORT.md, "Import"), recognised by their header row.</summary>
public enum ImportFormat
{
    LubeLoggerFuel,
    LubeLoggerService,
    LubeLoggerOdometer,
    Fuelly,
}
