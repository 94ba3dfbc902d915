namespace CarPass.Data.Requests;

public enum ChangeSource
{
    ServiceCenter,
    Ocr,
}
