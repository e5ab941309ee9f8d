<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Internal;

use CloudPbx\CallApi\Exception;

/**
 * The class thrown for an error answer: the documented (code, mnemonic) pair maps to its class
 * (other wire spellings of a mnemonic too); otherwise a known mnemonic's own class, else the code
 * group's class, else ApiError.
 *
 * @internal
 */
final class ErrorMap
{
    /** @var array<int, class-string<Exception\ApiError>> */
    private const BY_CODE = [
        -32700 => Exception\InvalidJsonError::class,
        -32600 => Exception\RequestValidationError::class,
        -32601 => Exception\MethodError::class,
        -32602 => Exception\InvalidParamsError::class,
        -32603 => Exception\InternalServerError::class,
        -32001 => Exception\AuthenticationError::class,
        -32002 => Exception\CallRestrictedError::class,
        -32003 => Exception\AccessDeniedError::class,
        -32004 => Exception\CallStateError::class,
        -32007 => Exception\VirtualNumberError::class,
        -32008 => Exception\ComponentError::class,
        -32009 => Exception\AccountError::class,
        -32029 => Exception\LimitError::class,
        -32099 => Exception\UnsupportedFeatureError::class,
    ];

    /** @var array<string, class-string<Exception\ApiError>> keyed by "code mnemonic" */
    private const BY_PAIR = [
        '-32001 access_token_blocked' => Exception\AccessTokenBlockedError::class,
        '-32001 access_token_expired' => Exception\AccessTokenExpiredError::class,
        '-32001 access_token_invalid' => Exception\AccessTokenInvalidError::class,
        '-32009 account_inactive' => Exception\AccountInactiveError::class,
        '-32001 auth_error' => Exception\AuthError::class,
        '-32099 batch_opreations_not_supported' => Exception\BatchOperationsNotSupportedError::class,
        '-32099 batch_operations_not_supported' => Exception\BatchOperationsNotSupportedError::class,
        '-32602 call_session_not_found' => Exception\CallSessionNotFoundError::class,
        '-32008 component_disabled' => Exception\ComponentDisabledError::class,
        '-32602 data_type_error' => Exception\DataTypeError::class,
        '-32003 forbidden' => Exception\ForbiddenError::class,
        '-32603 internal_error' => Exception\InternalError::class,
        '-32602 invalid_parameter_value' => Exception\InvalidParameterValueError::class,
        '-32600 invalid_request' => Exception\InvalidRequestError::class,
        '-32003 ip_not_whitelisted' => Exception\IpNotWhitelistedError::class,
        '-32029 limit_exceeded' => Exception\LimitExceededError::class,
        '-32601 method_not_found' => Exception\MethodNotFoundError::class,
        '-32099 notifications_not_supported' => Exception\NotificationsNotSupportedError::class,
        '-32700 parse_error' => Exception\ParseError::class,
        '-32602 required_parameter_missed' => Exception\RequiredParameterMissedError::class,
        '-32602 unexpected_parameters' => Exception\UnexpectedParametersError::class,
        '-32602 character_encoding_not_allowed' => Exception\CharacterEncodingNotAllowedError::class,
        '-32602 coach_not_found' => Exception\CoachNotFoundError::class,
        '-32002 contact_in_blacklist' => Exception\ContactInBlacklistAsCallRestrictedError::class,
        '-32602 contact_in_blacklist' => Exception\ContactInBlacklistAsInvalidParamsError::class,
        '-32602 duplicate_contact' => Exception\DuplicateContactError::class,
        '-32602 duplicate_tag' => Exception\DuplicateTagError::class,
        '-32602 employee_not_found' => Exception\EmployeeNotFoundError::class,
        '-32602 invalid_parameters_combination' => Exception\InvalidParametersCombinationError::class,
        '-32004 invalid_state' => Exception\InvalidStateError::class,
        '-32602 leg_not_found' => Exception\LegNotFoundError::class,
        '-32602 media_file_not_found' => Exception\MediaFileNotFoundError::class,
        '-32602 no_active_phone_number' => Exception\NoActivePhoneNumberError::class,
        '-32602 own_virtual_phone_number_not_allowed' => Exception\OwnVirtualPhoneNumberNotAllowedError::class,
        '-32602 record_already_started' => Exception\RecordAlreadyStartedError::class,
        '-32602 record_already_stopped' => Exception\RecordAlreadyStoppedError::class,
        '-32602 scenario_not_found' => Exception\ScenarioNotFoundAsInvalidParamsError::class,
        '-32007 scenario_not_found' => Exception\ScenarioNotFoundAsVirtualNumberError::class,
        '-32602 tag_not_found' => Exception\TagNotFoundError::class,
        '-32602 talk_option_not_found' => Exception\TalkOptionNotFoundError::class,
        '-32602 tts_text_exceeded' => Exception\TtsTextExceededError::class,
        '-32007 virtual_phone_number_not_found' => Exception\VirtualPhoneNumberNotFoundError::class,
    ];

    /** @var array<string, class-string<Exception\ApiError>> mnemonics with one class, by every spelling */
    private const BY_MNEMONIC = [
        'access_token_blocked' => Exception\AccessTokenBlockedError::class,
        'access_token_expired' => Exception\AccessTokenExpiredError::class,
        'access_token_invalid' => Exception\AccessTokenInvalidError::class,
        'account_inactive' => Exception\AccountInactiveError::class,
        'auth_error' => Exception\AuthError::class,
        'batch_opreations_not_supported' => Exception\BatchOperationsNotSupportedError::class,
        'batch_operations_not_supported' => Exception\BatchOperationsNotSupportedError::class,
        'call_session_not_found' => Exception\CallSessionNotFoundError::class,
        'component_disabled' => Exception\ComponentDisabledError::class,
        'data_type_error' => Exception\DataTypeError::class,
        'forbidden' => Exception\ForbiddenError::class,
        'internal_error' => Exception\InternalError::class,
        'invalid_parameter_value' => Exception\InvalidParameterValueError::class,
        'invalid_request' => Exception\InvalidRequestError::class,
        'ip_not_whitelisted' => Exception\IpNotWhitelistedError::class,
        'limit_exceeded' => Exception\LimitExceededError::class,
        'method_not_found' => Exception\MethodNotFoundError::class,
        'notifications_not_supported' => Exception\NotificationsNotSupportedError::class,
        'parse_error' => Exception\ParseError::class,
        'required_parameter_missed' => Exception\RequiredParameterMissedError::class,
        'unexpected_parameters' => Exception\UnexpectedParametersError::class,
        'character_encoding_not_allowed' => Exception\CharacterEncodingNotAllowedError::class,
        'coach_not_found' => Exception\CoachNotFoundError::class,
        'duplicate_contact' => Exception\DuplicateContactError::class,
        'duplicate_tag' => Exception\DuplicateTagError::class,
        'employee_not_found' => Exception\EmployeeNotFoundError::class,
        'invalid_parameters_combination' => Exception\InvalidParametersCombinationError::class,
        'invalid_state' => Exception\InvalidStateError::class,
        'leg_not_found' => Exception\LegNotFoundError::class,
        'media_file_not_found' => Exception\MediaFileNotFoundError::class,
        'no_active_phone_number' => Exception\NoActivePhoneNumberError::class,
        'own_virtual_phone_number_not_allowed' => Exception\OwnVirtualPhoneNumberNotAllowedError::class,
        'record_already_started' => Exception\RecordAlreadyStartedError::class,
        'record_already_stopped' => Exception\RecordAlreadyStoppedError::class,
        'tag_not_found' => Exception\TagNotFoundError::class,
        'talk_option_not_found' => Exception\TalkOptionNotFoundError::class,
        'tts_text_exceeded' => Exception\TtsTextExceededError::class,
        'virtual_phone_number_not_found' => Exception\VirtualPhoneNumberNotFoundError::class,
    ];

    /** @return class-string<Exception\ApiError> */
    public static function classFor(int $code, ?string $mnemonic): string
    {
        if ($mnemonic !== null) {
            $class = self::BY_PAIR["{$code} {$mnemonic}"] ?? self::BY_MNEMONIC[$mnemonic] ?? null;
            if ($class !== null) {
                return $class;
            }
        }
        return self::BY_CODE[$code] ?? Exception\ApiError::class;
    }
}
