using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPass.Data.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "achievements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    criteria = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    icon = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_achievements", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: true),
                    data_json = table.Column<string>(type: "text", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    chat_id = table.Column<long>(type: "bigint", nullable: false),
                    flow = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    draft_json = table.Column<string>(
                        type: "character varying(8000)",
                        maxLength: 8000,
                        nullable: false
                    ),
                    prompt_message_id = table.Column<int>(type: "integer", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.chat_id);
                }
            );

            migrationBuilder.CreateTable(
                name: "engagement_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: true),
                    event_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    metadata_json = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_events", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "processed_updates",
                columns: table => new
                {
                    update_id = table.Column<long>(type: "bigint", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_updates", x => x.update_id);
                }
            );

            migrationBuilder.CreateTable(
                name: "service_centers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    city = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    contact = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    verification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    verification_note = table.Column<string>(
                        type: "character varying(1000)",
                        maxLength: 1000,
                        nullable: true
                    ),
                    verified_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    verified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_centers", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    telegram_id = table.Column<long>(type: "bigint", nullable: false),
                    first_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    last_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    notifications_maintenance_due_soon = table.Column<bool>(type: "boolean", nullable: false),
                    notifications_maintenance_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    notifications_profile_milestones = table.Column<bool>(type: "boolean", nullable: false),
                    notifications_verified_service_news = table.Column<bool>(type: "boolean", nullable: false),
                    notifications_quiet_hours_start = table.Column<int>(
                        type: "integer",
                        nullable: false,
                        defaultValue: 21
                    ),
                    notifications_quiet_hours_end = table.Column<int>(type: "integer", nullable: false),
                    is_service_staff = table.Column<bool>(type: "boolean", nullable: false),
                    is_operator = table.Column<bool>(type: "boolean", nullable: false),
                    blocked_bot_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "vehicles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    make = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    vin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    plate_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    plate_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    current_odometer_km = table.Column<int>(type: "integer", nullable: true),
                    fuel_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    consumption_baseline_l_per100km = table.Column<double>(type: "double precision", nullable: true),
                    engine_oil_type = table.Column<string>(
                        type: "character varying(64)",
                        maxLength: 64,
                        nullable: true
                    ),
                    engine_oil_volume_l = table.Column<double>(type: "double precision", nullable: true),
                    transmission_fluid = table.Column<string>(
                        type: "character varying(64)",
                        maxLength: 64,
                        nullable: true
                    ),
                    coolant_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    brake_fluid_type = table.Column<string>(
                        type: "character varying(64)",
                        maxLength: 64,
                        nullable: true
                    ),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicles", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "employee_invites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    used_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employee_invites", x => x.id);
                    table.ForeignKey(
                        name: "fk_employee_invites_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "service_center_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trust_score = table.Column<int>(type: "integer", nullable: false),
                    trust_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    confirmed_visits_count = table.Column<int>(type: "integer", nullable: false),
                    confirmation_rate = table.Column<double>(type: "double precision", nullable: false),
                    dispute_rate = table.Column<double>(type: "double precision", nullable: false),
                    computed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_center_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_center_scores_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "employees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    disabled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.id);
                    table.ForeignKey(
                        name: "fk_employees_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_employees_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "ocr_scans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    telegram_file_id = table.Column<string>(type: "text", nullable: true),
                    candidates_json = table.Column<string>(type: "text", nullable: false),
                    chosen_value = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ocr_scans", x => x.id);
                    table.ForeignKey(
                        name: "fk_ocr_scans_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "service_center_mutes",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_center_mutes", x => new { x.user_id, x.service_center_id });
                    table.ForeignKey(
                        name: "fk_service_center_mutes_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_service_center_mutes_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "user_achievements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    achievement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unlocked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    metadata_json = table.Column<string>(type: "text", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_achievements", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_achievements_achievements_achievement_id",
                        column: x => x.achievement_id,
                        principalTable: "achievements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_user_achievements_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "access_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_requests_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_access_requests_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "data_change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    proposed_value = table.Column<string>(
                        type: "character varying(256)",
                        maxLength: 256,
                        nullable: false
                    ),
                    previous_value = table.Column<string>(
                        type: "character varying(256)",
                        maxLength: 256,
                        nullable: true
                    ),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ocr_scan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_change_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_change_requests_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "fuel_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    filled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    litres = table.Column<double>(type: "double precision", nullable: false),
                    total_price_minor = table.Column<long>(type: "bigint", nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    odometer_km = table.Column<int>(type: "integer", nullable: true),
                    is_full_tank = table.Column<bool>(type: "boolean", nullable: false),
                    missed_previous = table.Column<bool>(type: "boolean", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fuel_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_fuel_entries_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "maintenance_reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    interval_km = table.Column<int>(type: "integer", nullable: true),
                    interval_months = table.Column<int>(type: "integer", nullable: true),
                    last_done_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_done_km = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_maintenance_reminders_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "notification_outbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    period_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payload_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    not_before = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    claimed_by = table.Column<string>(type: "text", nullable: true),
                    claimed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_outbox", x => x.id);
                    table.ForeignKey(
                        name: "fk_notification_outbox_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_notification_outbox_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "odometer_readings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    value_km = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_trusted = table.Column<bool>(type: "boolean", nullable: false),
                    is_flagged = table.Column<bool>(type: "boolean", nullable: false),
                    service_visit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_odometer_readings", x => x.id);
                    table.ForeignKey(
                        name: "fk_odometer_readings_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "ownership_transfers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    accepted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    accepted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ownership_transfers", x => x.id);
                    table.ForeignKey(
                        name: "fk_ownership_transfers_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "service_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    performed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    odometer_km = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    cost_minor = table.Column<long>(type: "bigint", nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_entries_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "service_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    odometer_km = table.Column<int>(type: "integer", nullable: true),
                    work_items = table.Column<string>(
                        type: "character varying(2000)",
                        maxLength: 2000,
                        nullable: false
                    ),
                    parts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    cost_minor = table.Column<long>(type: "bigint", nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    confirmed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    confirmed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_visits_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_service_visits_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "vehicle_access_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service_center_id = table.Column<Guid>(type: "uuid", nullable: true),
                    granted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    granted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicle_access_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_vehicle_access_grants_service_centers_service_center_id",
                        column: x => x.service_center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_vehicle_access_grants_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                    table.ForeignKey(
                        name: "fk_vehicle_access_grants_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "vehicle_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    vehicle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    completeness_score = table.Column<int>(type: "integer", nullable: false),
                    verified_history_score = table.Column<int>(type: "integer", nullable: false),
                    maintenance_health_score = table.Column<int>(type: "integer", nullable: false),
                    maintenance_status = table.Column<string>(
                        type: "character varying(32)",
                        maxLength: 32,
                        nullable: false
                    ),
                    profile_quality = table.Column<string>(
                        type: "character varying(32)",
                        maxLength: 32,
                        nullable: false
                    ),
                    verified_history_status = table.Column<string>(
                        type: "character varying(32)",
                        maxLength: 32,
                        nullable: false
                    ),
                    missing_items = table.Column<string>(type: "text", nullable: false),
                    trusted_records = table.Column<int>(type: "integer", nullable: false),
                    total_records = table.Column<int>(type: "integer", nullable: false),
                    computed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicle_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_vehicle_scores_vehicles_vehicle_id",
                        column: x => x.vehicle_id,
                        principalTable: "vehicles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "disputes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    center_response = table.Column<string>(
                        type: "character varying(1000)",
                        maxLength: 1000,
                        nullable: true
                    ),
                    center_responded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    center_responded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resolution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resolved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resolved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disputes", x => x.id);
                    table.ForeignKey(
                        name: "fk_disputes_service_visits_service_visit_id",
                        column: x => x.service_visit_id,
                        principalTable: "service_visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "ix_access_requests_service_center_id",
                table: "access_requests",
                column: "service_center_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_access_requests_vehicle_id_status",
                table: "access_requests",
                columns: new[] { "vehicle_id", "status" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_achievements_code",
                table: "achievements",
                column: "code",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_actor_user_id_occurred_at",
                table: "audit_log",
                columns: new[] { "actor_user_id", "occurred_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_service_center_id_occurred_at",
                table: "audit_log",
                columns: new[] { "service_center_id", "occurred_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_vehicle_id_occurred_at",
                table: "audit_log",
                columns: new[] { "vehicle_id", "occurred_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_data_change_requests_vehicle_id_status",
                table: "data_change_requests",
                columns: new[] { "vehicle_id", "status" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_disputes_service_visit_id_status",
                table: "disputes",
                columns: new[] { "service_visit_id", "status" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_employee_invites_code",
                table: "employee_invites",
                column: "code",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_employee_invites_service_center_id",
                table: "employee_invites",
                column: "service_center_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_employees_service_center_id_user_id",
                table: "employees",
                columns: new[] { "service_center_id", "user_id" },
                unique: true
            );

            migrationBuilder.CreateIndex(name: "ix_employees_user_id", table: "employees", column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_events_user_id_event_type_created_at",
                table: "engagement_events",
                columns: new[] { "user_id", "event_type", "created_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_engagement_events_vehicle_id_event_type_created_at",
                table: "engagement_events",
                columns: new[] { "vehicle_id", "event_type", "created_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_fuel_entries_vehicle_id_filled_at",
                table: "fuel_entries",
                columns: new[] { "vehicle_id", "filled_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_reminders_vehicle_id_kind",
                table: "maintenance_reminders",
                columns: new[] { "vehicle_id", "kind" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_notification_outbox_status_not_before",
                table: "notification_outbox",
                columns: new[] { "status", "not_before" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_notification_outbox_user_id",
                table: "notification_outbox",
                column: "user_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_notification_outbox_vehicle_id_kind_period_key",
                table: "notification_outbox",
                columns: new[] { "vehicle_id", "kind", "period_key" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_ocr_scans_user_id_created_at",
                table: "ocr_scans",
                columns: new[] { "user_id", "created_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_odometer_readings_vehicle_id_recorded_at",
                table: "odometer_readings",
                columns: new[] { "vehicle_id", "recorded_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_ownership_transfers_code",
                table: "ownership_transfers",
                column: "code",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_ownership_transfers_vehicle_id",
                table: "ownership_transfers",
                column: "vehicle_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_processed_updates_processed_at",
                table: "processed_updates",
                column: "processed_at"
            );

            migrationBuilder.CreateIndex(
                name: "ix_service_center_mutes_service_center_id",
                table: "service_center_mutes",
                column: "service_center_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_service_center_scores_service_center_id",
                table: "service_center_scores",
                column: "service_center_id",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_service_entries_vehicle_id_performed_at",
                table: "service_entries",
                columns: new[] { "vehicle_id", "performed_at" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_service_visits_service_center_id_status",
                table: "service_visits",
                columns: new[] { "service_center_id", "status" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_service_visits_vehicle_id_visit_date",
                table: "service_visits",
                columns: new[] { "vehicle_id", "visit_date" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_user_achievements_achievement_id",
                table: "user_achievements",
                column: "achievement_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_user_achievements_user_id_achievement_id_vehicle_id_service",
                table: "user_achievements",
                columns: new[] { "user_id", "achievement_id", "vehicle_id", "service_center_id" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_users_telegram_id",
                table: "users",
                column: "telegram_id",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_access_grants_service_center_id_vehicle_id",
                table: "vehicle_access_grants",
                columns: new[] { "service_center_id", "vehicle_id" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_access_grants_user_id_vehicle_id",
                table: "vehicle_access_grants",
                columns: new[] { "user_id", "vehicle_id" }
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_access_grants_vehicle_id",
                table: "vehicle_access_grants",
                column: "vehicle_id"
            );

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_scores_vehicle_id",
                table: "vehicle_scores",
                column: "vehicle_id",
                unique: true
            );

            migrationBuilder.CreateIndex(name: "ix_vehicles_plate_number", table: "vehicles", column: "plate_number");

            migrationBuilder.CreateIndex(name: "ix_vehicles_vin", table: "vehicles", column: "vin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "access_requests");

            migrationBuilder.DropTable(name: "audit_log");

            migrationBuilder.DropTable(name: "conversations");

            migrationBuilder.DropTable(name: "data_change_requests");

            migrationBuilder.DropTable(name: "disputes");

            migrationBuilder.DropTable(name: "employee_invites");

            migrationBuilder.DropTable(name: "employees");

            migrationBuilder.DropTable(name: "engagement_events");

            migrationBuilder.DropTable(name: "fuel_entries");

            migrationBuilder.DropTable(name: "maintenance_reminders");

            migrationBuilder.DropTable(name: "notification_outbox");

            migrationBuilder.DropTable(name: "ocr_scans");

            migrationBuilder.DropTable(name: "odometer_readings");

            migrationBuilder.DropTable(name: "ownership_transfers");

            migrationBuilder.DropTable(name: "processed_updates");

            migrationBuilder.DropTable(name: "service_center_mutes");

            migrationBuilder.DropTable(name: "service_center_scores");

            migrationBuilder.DropTable(name: "service_entries");

            migrationBuilder.DropTable(name: "user_achievements");

            migrationBuilder.DropTable(name: "vehicle_access_grants");

            migrationBuilder.DropTable(name: "vehicle_scores");

            migrationBuilder.DropTable(name: "service_visits");

            migrationBuilder.DropTable(name: "achievements");

            migrationBuilder.DropTable(name: "users");

            migrationBuilder.DropTable(name: "service_centers");

            migrationBuilder.DropTable(name: "vehicles");
        }
    }
}
