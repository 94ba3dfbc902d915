namespace CarPass.Data.Import;

/// <summary>Why a file or one of its rows was refused; texts under "error.{code}".</summary>
public static class ImportErrorCodes
{
    public const string TooLarge = "import_too_large";
    public const string UnknownFormat = "import_unknown_format";
    public const string Malformed = "import_malformed";
    public const string Encoding = "import_encoding";
    public const string Archive = "import_archive";
    public const string Empty = "import_empty";
    public const string TooManyRows = "import_too_many_rows";
    public const string DateMissing = "import_date_missing";
    public const string DateInvalid = "import_date_invalid";
    public const string DateAmbiguous = "import_date_ambiguous";
    public const string NumberInvalid = "import_number_invalid";
    public const string Changed = "import_changed";
    public const string NothingToImport = "import_nothing";
}
