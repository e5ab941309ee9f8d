<?php

// PHPUnit bootstrap: autoload the rendered SDK by its composer.json's PSR-4 map, as Composer would.

declare(strict_types=1);

$root = getenv('CALLAPI_PHP_SDK');
if (!is_string($root) || $root === '') {
    throw new RuntimeException('CALLAPI_PHP_SDK (the rendered package folder) is not set');
}
$composer = json_decode((string) file_get_contents("{$root}/composer.json"), true, 512, JSON_THROW_ON_ERROR);
foreach ($composer['autoload']['psr-4'] as $prefix => $folder) {
    spl_autoload_register(static function (string $class) use ($root, $prefix, $folder): void {
        if (str_starts_with($class, $prefix)) {
            $file = "{$root}/{$folder}" . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
        }
    });
}
