# Renovación de una tarjeta de oficina (issue 17): los errores y `avr identity renew`. Los textos de Ajustes están en ui.ftl.
identity-forged-succession = tarjeta de oficina: dice que renueva la tarjeta de { $office } ({ $fingerprint }) de su lista de confianza, pero esa tarjeta no firmó la renovación: no se acepta como renovación. Trátela como una tarjeta desconocida y compare su huella con la oficina por teléfono.
identity-succession-revoked = tarjeta de oficina: dice que renueva la tarjeta { $fingerprint } ({ $office }), que fue revocada en esta instalación: no se acepta como renovación. Compare su huella con la oficina por teléfono antes de confiar en ella.
identity-succession-expired = tarjeta de oficina: dice que renueva la tarjeta { $fingerprint } ({ $office }), que caducó el { $expired }: una tarjeta caducada no puede avalar a la siguiente. Compare su huella con la oficina por teléfono antes de confiar en ella.
cli-identity-renew-explain = Al renovar se crean claves nuevas y una tarjeta de oficina nueva, válida dos años. Su huella cambia: vuelva a enviar la tarjeta a las oficinas que le envían casos. Las oficinas que confían en su tarjeta actual ({ $fingerprint }) podrán comprobar la nueva sin llamarle. Los paquetes ya enviados a su tarjeta actual se seguirán abriendo aquí hasta el { $expires }.
cli-identity-renew-ask = ¿Renovar la tarjeta de oficina de esta instalación? [s/N]
cli-identity-renewed = tarjeta de oficina renovada: nueva huella { $fingerprint } (antes { $old }), válida hasta el { $expires }. Guárdela con `avr identity show -o ARCHIVO` y envíela a las oficinas que le envían casos.
cli-identity-renewal-of = La tarjeta de { $office } se renovó: nueva huella { $fingerprint }, firmada por la tarjeta en la que usted confiaba ({ $old }).
identity-succession-damaged = su declaración de renovación { $part ->
    [other-card] nombra otra tarjeta distinta de la que la lleva
    [date] no tiene fecha en formato AAAA-MM-DD
    [key] no nombra una clave de firma
    [signature] no tiene una firma legible
   *[changed] no coincide con su firma (fue modificada)
}: rechazada
identity-renewal-mismatch = la clave de firma indicada no es la de la tarjeta que se renueva
identity-renewal-randomness = no se pudieron crear claves nuevas: el sistema no dio aleatoriedad ({ $detail })
identity-renewal-unwritten = no se pudo escribir la declaración de renovación ({ $detail })
identity-renewal-read-back = la tarjeta renovada no se vuelve a leer tal como se creó
identity-renewal-damaged = la declaración de renovación guardada con las claves está dañada
identity-renewed-key-damaged = la clave guardada de la tarjeta anterior { $fingerprint } está dañada
identity-nothing-to-renew = todavía no hay ninguna tarjeta de oficina que renovar
identity-not-kept = las claves nuevas no se guardaron
