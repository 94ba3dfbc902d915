namespace CarPass.Data.Access;

public enum AccessRole
{
    Owner,
    CoOwner,
    Viewer,
    ServiceCenter,
}
