<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Thrown for `employee_not_found` (-32602).
 *
 * No employee with the given id belongs to the account.
 *
 * Server message: Employee with id {employee_id} not found. It is not your employee.
 *
 * `params` holds `employee_id`.
 */
class EmployeeNotFoundError extends InvalidParamsError
{
    public const MNEMONIC = 'employee_not_found';
}
