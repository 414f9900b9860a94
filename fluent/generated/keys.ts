import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_callout_create: {
                        table: 'sys_security_acl'
                        id: '03168ac2b3034155a9298f91ef15d7b7'
                    }
                    acl_callout_delete: {
                        table: 'sys_security_acl'
                        id: '2838f4f0a5c84d4b85c3f9ea46176bc9'
                    }
                    acl_callout_read: {
                        table: 'sys_security_acl'
                        id: 'd8f797e771f842cc84b5f8acceb24f24'
                    }
                    acl_callout_write: {
                        table: 'sys_security_acl'
                        id: '2fa68a01b8c7483aaab83ef1488c3d62'
                    }
                    acl_callouts_api: {
                        table: 'sys_security_acl'
                        id: 'e12f42beece141dabc46dc40d574f82a'
                    }
                    acl_route_create: {
                        table: 'sys_security_acl'
                        id: '4038683fccd1466ba8b92008eae382de'
                    }
                    acl_route_delete: {
                        table: 'sys_security_acl'
                        id: 'fdb0972176154a56aa1bdb3f7ac93a24'
                    }
                    acl_route_read: {
                        table: 'sys_security_acl'
                        id: '3dcd2316962c4dd5a8f7c57bf82f1130'
                    }
                    acl_route_write: {
                        table: 'sys_security_acl'
                        id: '624801c7ef30416497dcedbb36a7078f'
                    }
                    action_resume_em_request: {
                        table: 'sys_hub_action_type_definition'
                        id: 'd007ad5da92249dc9d757783fa0718c4'
                    }
                    action_resume_em_request_script: {
                        table: 'sys_hub_step_instance'
                        id: '9a947f71381a44d49d910e468a81d4bd'
                    }
                    api_callouts: {
                        table: 'sys_ws_definition'
                        id: '3128006382f8437fa4d18ec9556c4936'
                    }
                    api_callouts_post: {
                        table: 'sys_ws_operation'
                        id: '5a4aa07241b84925b4ec62f12ac4037e'
                    }
                    api_callouts_v1: {
                        table: 'sys_ws_version'
                        id: '666a7122ae58463db407c1c507fdd218'
                    }
                    atf_ledger_acls: {
                        table: 'sys_atf_test'
                        id: '23414ba39d89487e80ebac2ba4b253ab'
                    }
                    atf_ledger_acls_script: {
                        table: 'sys_atf_step'
                        id: '3f82f9d83fe14ea38d2c861cf1ac57a7'
                    }
                    atf_ledger_acls_user: {
                        table: 'sys_atf_step'
                        id: '967204433ecb4bf182d75b100232550c'
                    }
                    atf_ticket_close_queues_event: {
                        table: 'sys_atf_test'
                        id: '471d7d50b37a419abd052eab55937992'
                    }
                    atf_ticket_close_queues_event_script: {
                        table: 'sys_atf_step'
                        id: 'bd2fc19423d34c8f96f9c9455620fea2'
                    }
                    atf_worker_outcomes: {
                        table: 'sys_atf_test'
                        id: 'ba7c7072a67d4cc08cd2bbbcc6cd0df4'
                    }
                    atf_worker_outcomes_script: {
                        table: 'sys_atf_step'
                        id: '9a51353634754f71a48ff28c70f54aad'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '9a85660bd616427a960831072cfd404f'
                    }
                    br_ledger_queue_resume: {
                        table: 'sys_script'
                        id: 'b30607fd191d474994d472d34f0eb538'
                    }
                    br_ledger_retry_budget: {
                        table: 'sys_script'
                        id: '6810bbbaf5704f8fa21d7ac3c0a40a92'
                    }
                    br_route_match_keys: {
                        table: 'sys_script'
                        id: 'f649ed29262f49e8a14d24c9bebdb58b'
                    }
                    br_ticket_closed: {
                        table: 'sys_script'
                        id: 'e4cb9283228c4bc2813821965b3d01b4'
                    }
                    e1b7c0d4a5f24c6e9b3d2a1f0c9e8d7b: {
                        table: 'oauth_entity_profile'
                        id: 'e1b7c0d4a5f24c6e9b3d2a1f0c9e8d7b'
                    }
                    event_resume_due: {
                        table: 'sysevent_register'
                        id: '9b4ec9ed5c4c4bdaaadb14c091d43f5b'
                    }
                    job_sweep: {
                        table: 'sysauto_script'
                        id: '755161c995024332b831dbabae3e7209'
                    }
                    menu_elm_bridge: {
                        table: 'sys_app_application'
                        id: 'af69fb351c5349dbb6c85e86fac4825f'
                    }
                    module_all_callouts: {
                        table: 'sys_app_module'
                        id: '8035c19db63a4fcbbb20bcf85866f17d'
                    }
                    module_failed_callouts: {
                        table: 'sys_app_module'
                        id: '36a5ac51afc44f18aef221c9271adfa8'
                    }
                    module_open_callouts: {
                        table: 'sys_app_module'
                        id: 'ea889c8bc00440a483c2a919c89d0afe'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: 'b911e99dd30044bea4abcef1d732a65e'
                    }
                    module_routing_rules: {
                        table: 'sys_app_module'
                        id: '25769cc13b6848d9a3c3bb7faedd2e72'
                    }
                    oauth_entity_graph: {
                        table: 'oauth_entity'
                        id: '5a6dda7cebb84731aca958ffed454dcf'
                    }
                    oauth_entity_profile_scope_graph_default: {
                        table: 'oauth_entity_profile_scope'
                        id: '12a23700c27a4950bce6cd4def995001'
                    }
                    oauth_entity_scope_graph_default: {
                        table: 'oauth_entity_scope'
                        id: 'e1fb1968569847e09e95da91d9579495'
                    }
                    p1: {
                        table: 'sys_script'
                        id: '8a02fc3cd0084030a1e24dfa2c093695'
                        deleted: true
                    }
                    p2: {
                        table: 'sysevent_script_action'
                        id: '4ce28de431c742e1bf02ad2b677634aa'
                        deleted: true
                    }
                    p3: {
                        table: 'sys_ws_definition'
                        id: '4afe29f9c1b445958f002e93ecec701e'
                        deleted: true
                    }
                    p3r: {
                        table: 'sys_ws_operation'
                        id: '179a8dd7d5b84409bb331af377063508'
                        deleted: true
                    }
                    p4: {
                        table: 'sysauto_script'
                        id: '2f4d87d36afe4be8a1f65006bc540aea'
                        deleted: true
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '3f34dc239c3f47b4bd85aa7d390af653'
                    }
                    prop_assignment_group: {
                        table: 'sys_properties'
                        id: '9da34d3b48db49a7891b5ab70ec214b4'
                    }
                    prop_category: {
                        table: 'sys_properties_category'
                        id: 'b07934949bfb4ed195e111b7c2ccb8b0'
                        deleted: false
                    }
                    prop_category_assignment_group: {
                        table: 'sys_properties_category_m2m'
                        id: 'ce9d0c0dbf4f490391fafd7a0518e7ef'
                        deleted: false
                    }
                    prop_category_closed_complete_states: {
                        table: 'sys_properties_category_m2m'
                        id: '16b911f6481747ee88aa8df7471a7e71'
                        deleted: false
                    }
                    prop_category_closed_incomplete_states: {
                        table: 'sys_properties_category_m2m'
                        id: '06591bce41d8400a8d4301a56cfcd610'
                        deleted: false
                    }
                    prop_category_deadline_warning_hours: {
                        table: 'sys_properties_category_m2m'
                        id: 'a15829efb6ff495090315171d8e8951c'
                        deleted: false
                    }
                    prop_category_deny_stages: {
                        table: 'sys_properties_category_m2m'
                        id: 'cf6d58986bca49b7831947d910ac5bd8'
                        deleted: false
                    }
                    prop_category_graph_endpoint: {
                        table: 'sys_properties_category_m2m'
                        id: 'd29426944d984b2e95b9c267f596071b'
                        deleted: false
                    }
                    prop_category_http_timeout_seconds: {
                        table: 'sys_properties_category_m2m'
                        id: '57cd0423127e449fb99a85fd42e201f3'
                        deleted: false
                    }
                    prop_category_max_attempts: {
                        table: 'sys_properties_category_m2m'
                        id: 'c49d8fb2a3df416eaec4f997c16cbe23'
                        deleted: false
                    }
                    prop_category_retry_base_seconds: {
                        table: 'sys_properties_category_m2m'
                        id: 'cf1347b6fced461b8e08c6d042b501e0'
                        deleted: false
                    }
                    prop_category_source: {
                        table: 'sys_properties_category_m2m'
                        id: 'e105a2750f3b44c5a620755b4ddc657e'
                        deleted: false
                    }
                    prop_closed_complete_states: {
                        table: 'sys_properties'
                        id: '261e22b79ab74a9584fb6bc6cc79d399'
                    }
                    prop_closed_incomplete_states: {
                        table: 'sys_properties'
                        id: 'ed2494ec4b774687b46d004254a1713c'
                    }
                    prop_deadline_warning_hours: {
                        table: 'sys_properties'
                        id: '1a23be9a674c4c11a278802313ee80a7'
                    }
                    prop_deny_stages: {
                        table: 'sys_properties'
                        id: 'cbe86b22e9fc406b8a4253dbcab98802'
                    }
                    prop_graph_endpoint: {
                        table: 'sys_properties'
                        id: '7c8422a9dc9e484aa84280114259d460'
                    }
                    prop_http_timeout_seconds: {
                        table: 'sys_properties'
                        id: 'eaec1d9dfc454247868846a79b2ee852'
                    }
                    prop_max_attempts: {
                        table: 'sys_properties'
                        id: 'e17937a44dc84b0bb51e8651e4413745'
                    }
                    prop_retry_base_seconds: {
                        table: 'sys_properties'
                        id: '843f04aa10e34200b8d544d29a5e60c1'
                    }
                    prop_source: {
                        table: 'sys_properties'
                        id: '8248242804dc43c3acdd17ebb4a1a8eb'
                    }
                    rest_message_graph: {
                        table: 'sys_rest_message'
                        id: 'b83f12a012da4ecebf98364d1dcaba44'
                    }
                    rest_message_graph_accept: {
                        table: 'sys_rest_message_headers'
                        id: '3e8dee397a8b48adb0f54f0f524e4d91'
                    }
                    rest_message_graph_get_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '3c111ca9d19f41f299f221098b661a16'
                    }
                    rest_message_graph_get_var_request: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '65c67bf8f03e4152b3bcc465a9f7cae0'
                    }
                    rest_message_graph_resume_content_type: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'c7fb0d8f63bc4a87ab053714b9de8380'
                    }
                    rest_message_graph_resume_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '1352b73f2da7439bbf2fb4b9e1993564'
                    }
                    rest_message_graph_resume_var_request: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '5bd79a55b31840c098dc9deaacfe903f'
                    }
                    rest_message_graph_verify_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'adab0d6913b0472e87dd7f9d1c310ced'
                    }
                    sa_resume_due: {
                        table: 'sysevent_script_action'
                        id: '27226b93f89a4ff18e6c647e17c1eadd'
                    }
                    script_include_elm_ticket_bridge: {
                        table: 'sys_script_include'
                        id: 'f07a76e2a2184dd0855f17e4ea8a2524'
                    }
                    'src_server_callouts_callout-service_ts': {
                        table: 'sys_module'
                        id: '418e03070f4b4ae48dca071bbc12282f'
                    }
                    src_server_core_callout_ts: {
                        table: 'sys_module'
                        id: 'c87f99288c154485b30fc01781284471'
                    }
                    src_server_core_closure_ts: {
                        table: 'sys_module'
                        id: 'f70833157cc54d0686507efa17a7d568'
                    }
                    src_server_core_connection_ts: {
                        table: 'sys_module'
                        id: 'd5bec14c97404368a56d3c49ce79cbb9'
                    }
                    src_server_core_delivery_ts: {
                        table: 'sys_module'
                        id: 'a2f311037bdc41b1916dcb41244dc535'
                    }
                    src_server_core_duration_ts: {
                        table: 'sys_module'
                        id: 'df453d6f31b24f5fb8730ca2d31a3352'
                    }
                    src_server_core_identifiers_ts: {
                        table: 'sys_module'
                        id: 'ca944354c5af496a80c7756592e29b0d'
                    }
                    'src_server_core_json-guard_ts': {
                        table: 'sys_module'
                        id: '42420fd8050a453888213adc10d82841'
                    }
                    'src_server_core_ledger-status_ts': {
                        table: 'sys_module'
                        id: '1b03e9b5cff7469eaade56387285b9c2'
                    }
                    'src_server_core_oauth-entry_ts': {
                        table: 'sys_module'
                        id: 'ca8c37abd14147c189a7374b5f957a25'
                    }
                    src_server_core_resume_ts: {
                        table: 'sys_module'
                        id: 'cd19961cc7804fe7afe5e05753523268'
                    }
                    src_server_core_routing_ts: {
                        table: 'sys_module'
                        id: '53a66dfb23ab4c91a898052c3f9ffe12'
                    }
                    src_server_core_settings_ts: {
                        table: 'sys_module'
                        id: 'af89f896843a434f8cf8b3276a16481d'
                    }
                    src_server_core_stages_ts: {
                        table: 'sys_module'
                        id: '5a795427dbfe4c1486617199261a1908'
                    }
                    src_server_core_text_ts: {
                        table: 'sys_module'
                        id: '39d09562591942cdb6d5be68347ae805'
                    }
                    'src_server_core_ticket-text_ts': {
                        table: 'sys_module'
                        id: '0ab57448da4d404da823178846fbc4ac'
                    }
                    src_server_core_time_ts: {
                        table: 'sys_module'
                        id: '347cbbec32c34a62a53dac2ff5ce692f'
                    }
                    src_server_hello_ts: {
                        table: 'sys_module'
                        id: '03ed1dc7407f438c8c84784e003830da'
                        deleted: true
                    }
                    src_server_platform_glide_ts: {
                        table: 'sys_module'
                        id: '9fc1fba4e944442bb66bb212b56a0475'
                    }
                    src_server_platform_graph_ts: {
                        table: 'sys_module'
                        id: '7cdf4c2dee424f1a89c1f32f457ad427'
                    }
                    src_server_platform_ledger_ts: {
                        table: 'sys_module'
                        id: 'c7e4bb559ffd49aaa9d94d69a5096bae'
                    }
                    src_server_platform_oauth_ts: {
                        table: 'sys_module'
                        id: '67349c0b95de4f42a6d2b04bde4c407e'
                    }
                    src_server_platform_routes_ts: {
                        table: 'sys_module'
                        id: '4a55e55b16b442b5afc60449316336d4'
                    }
                    src_server_platform_settings_ts: {
                        table: 'sys_module'
                        id: '84b42b1a3efb4d41b3809c4e56e0803e'
                    }
                    src_server_platform_tickets_ts: {
                        table: 'sys_module'
                        id: 'f74a7088573c418b94d4944675427a2c'
                    }
                    src_server_probe_ts: {
                        table: 'sys_module'
                        id: 'd20aa582556748b78b9bba7062ae0cf7'
                        deleted: true
                    }
                    'src_server_resume_admin-actions_ts': {
                        table: 'sys_module'
                        id: 'aa5935b082ac4e83990fc3a39589c104'
                    }
                    'src_server_resume_resume-service_ts': {
                        table: 'sys_module'
                        id: '0480e382bb2d49c692a584a329bd536c'
                    }
                    ui_action_retry_now: {
                        table: 'sys_ui_action'
                        id: '51193be71aab4f3685628a86bbb11567'
                    }
                    ui_action_verify_connection: {
                        table: 'sys_ui_action'
                        id: 'd53da6217e9b46039b15cf49bf104d93'
                    }
                }
                composite: [
                    {
                        table: 'sys_ui_list_element'
                        id: '0301dd0bdad64f168c55bb8f324b3a58'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '030c2338d99044299d78db4f44066c12'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'access_package'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03a5ad8097b948d680228df072edc126'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '041382e2b34b4bed8d353fb46ac2567f'
                        key: {
                            sys_security_acl: '2838f4f0a5c84d4b85c3f9ea46176bc9'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0439bbbb738f4d13af5dacb819f88a49'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestGranted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06136930061944ba876b0bee4488e6a6'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '0639139f8fcb4d85abb4c1b72682905c'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '069ad03abb0146149fd40cfc9cde9694'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '0734f3c281864a46833bd66973c48127'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0834f3c5644b49c5bc4ea07b88836640'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '08afc28d207a43e0a28dd1fa767017a4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '09be9b3c784b4b96a5e02ff97d85b3d5'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resume_state'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b68ca6a43e44e39addfa7dd431d8a71'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'delivery_uncertain'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0d01f924d56d41ab9bc3e46f0eda306e'
                        key: {
                            logical_table_name: 'x_elm_bridge_callout'
                            col_name_string: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0dc4c3db1abe4a6798860e62a732e60f'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0ea0f5f89f714fb8acdb52d9b45e3106'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'routing_rule'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0f8728da6f744eacabc380be8be43ebc'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '12c89f1dd0d14e9a842b825a8a0bb3d7'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '14114f9933b84d0fbe0a0e582ff969ab'
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'verify'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14ff9ca9538945b5a8635b5ff67ade36'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestApproved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '15350d7b35e64b4a8664de10848069cd'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '172da8810363482f8646a0017721916c'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outcome'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '173a636d5ab84afd86dc8bbf6053c1c9'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '18fcfd84dd1241d1a80a1d386714939f'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a83ee55f819422ba2cd96cad7855489'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'delivery_uncertain'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a8da01c0b1943c190366c283401c86e'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'catalog'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1b12926a80ec46e9a066118b871271ee'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_table'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c374bc6bdf3437886ae59b43213297e'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1dc6eb001d18495d8a6d2ca436c4e9b3'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1ef4fa5d2d7c4d2184ab852208ae25dc'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_type'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '217ff88cd35a45f5b2079a7b91058a67'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '23708360a5634bd3bcd83aa009df8def'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2392efd60f394e43af69697302b111cb'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '23e1b80aa14a49ee8ac1aad9be5b020c'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'deadline_warned'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '24110f80ba02423aa1d90d920d09af2a'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '24596d136aaf484ea4943c075d10aaf0'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package_key'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25166ac1249f47ee85a8c71261a23ba9'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt_at'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2596b81b88254cd0ab4b4e5c1ea9a3d0'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26aedc9f34ca47c39a51dde895df193f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '26e1350601af48959dd2aa6d91fd5093'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'ticket_number'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '27830a673489427bafcd30472648d2eb'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestGranted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2860dcc1697847749da8e334941f4b8b'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '289fed08d8714b0e9dcf872e3d367c3f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a9d4afe199448df8b1bd43e333c675a'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2af2a74196994c858d5f6189f1160f78'
                        key: {
                            field: 'request_id'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2b5bf16aed184bb180387272201c4b59'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b8f42ac6ba54349a707f8ab4fcc9623'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'policy'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2e5dd1fe7e8141048e86384e5cc8e343'
                        key: {
                            field: 'outcome'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2eb6e83282c64516b5d16eafd2ccecbd'
                        key: {
                            sys_security_acl: 'e12f42beece141dabc46dc40d574f82a'
                            sys_user_role: {
                                id: '7e8f7f3d3c624b7789cd0802484b5e06'
                                key: {
                                    name: 'x_elm_bridge.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2f15b47674f44f0284fecddbf61dc04f'
                        key: {
                            name: 'x_elm_bridge_callout'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '306fecb3dcbd47ceb6c7e5665c209679'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'requestor'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '325cfe7f197442979f0e3c3a6070ea8d'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '32fbbbde8aad43daa74639f80248caf4'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3360a8da3d0945458dad178367cb3f17'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '34c2cb36da7a4b62ad314b882e337c8f'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '36adab83b874477999321cc8ad83b35f'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37748811807a492fb33df53c385108e9'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'stage_instance_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '37a441996f5d485d81faf1976c8bb191'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '37f820c758cc42db84f9a63ffe3c2b4a'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket_number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '38399af7a33d4f98b418f0339819d4f0'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3879469e50b3452c8ac4703b914f41d9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39d73fac94d841c08c64326ded26f1c4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a1843a7eb694264b875c08b6cbf6627'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3adc6406c3b6417893d9073ca88d617d'
                        key: {
                            name: 'sc_request'
                            element: 'x_elm_bridge_stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3b1e2143e7ee456191b3bf87184c6eec'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3b7c398f8cbf403e9f7439e957951f23'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestApproved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3b9f6383245a4238b1c0057d5ac2145c'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3bafac74f5f7470fbe3a48c09ecc622e'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3db1bca0786e4ec2be0a436e3871df6e'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3facbebc19954c16825acb596684225d'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claimed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '41b02f1faa9d45f98fb7ad36d3788d74'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41e10da4c68646faac194d69f675fe13'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '43f712f2875a4f538eb92c8528b3e9ae'
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'resume'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '456353ad9b3949779f8ff23e47994440'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4577b2467ad649a486aa8b8f991792b7'
                        key: {
                            document_key: '3f82f9d83fe14ea38d2c861cf1ac57a7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '478b99527b3740a886cf623b6a599232'
                        key: {
                            sys_security_acl: '2fa68a01b8c7483aaab83ef1488c3d62'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '47f9f254e3cc48a4a6a07d310f0e388c'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '48d7b7a87d8c4afa92894582d9e87a87'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claim_token'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '48e4e4c6fc1c40cb92aa956ffb501af6'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '49746983e4d348149f24639b65d8f41e'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            id: 'd007ad5da92249dc9d757783fa0718c4'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4a9e4de3a7484d20a8ccf6259553bc04'
                        key: {
                            logical_table_name: 'x_elm_bridge_callout'
                            col_name_string: 'status,next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4ce6ea99ba2649f7ad230d9a40beb0c1'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'no_callback'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4df73242f03d4c618c7eddbd91239d16'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4e8c37dd6e8c4a85986243be6b8ff3da'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '510a2d283d414c718cd69550799fd9e9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_detail'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5131c48fb62f46d7be42e603a36db960'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_http_status'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '519594063ae642368eeffa866fef2524'
                        key: {
                            sys_security_acl: '624801c7ef30416497dcedbb36a7078f'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '526e12c62aca4b4a8ef2055e5354a6de'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '527e42f2578e4e0f98c80e512051cd2f'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '52f38af8b03542bf9b74591b9b230222'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claimed_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '539e91e4483c44b7a67437345435fd47'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55d71323b5224d97920ade2c2b5a3c23'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_state'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '56bcb54b1a5248aa8a6d789e4f320157'
                        key: {
                            name: 'x_elm_bridge_route'
                            caption: 'Routing rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57011de29c0a4a3198d8e12fbd0b0521'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '575d3c47c2a14a8091e2ca082b3f66d9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentFourteenDaysBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57a004f389a947fe909b22c6ed956d73'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resumed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '590910db8d7241f1b1991f36935f76b6'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'delivery_uncertain'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59ab1438d10a4cdc866d15ec7cf07be5'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'short_description_prefix'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5aff1e958ffc44dcafe36e6aa9bd3a5f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5bdcdd3280264991b272d29320c14b83'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5c3ff733caaf4221b1444c0e1ffc0a34'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '5dc0317558ca4f24a5249607e4c9ba66'
                        key: {
                            name: 'x_elm_bridge_route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5edaa7549de24689bf1fda8ba5a6566a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'deadline_warned'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5f15d2459dc74d8288cf594e67d408a7'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentFourteenDaysBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60476b16221c467e9c32a448ca9c2676'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6195d26f63ec44c88e63a83287905c19'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '61d773821f864121857f2e44d5d63be6'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'sending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '644a38b5401540daa66c5e65e0fd7729'
                        key: {
                            sys_ui_form: {
                                id: '5dc0317558ca4f24a5249607e4c9ba66'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '64cab8a1611f4622b87ee6a0feb46a17'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                            value: 'resume'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6557c2c227fc4812b0d20be90ccc947a'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '658de367c6044a638b6d77526d59d81a'
                        key: {
                            sys_ui_form: {
                                id: 'c17ba3280d4f4a9097d6843700ae6d6c'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '65a8d80aad2d4415bef3fd85089bd095'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'closure'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6606774c9e8846689d15054e41723118'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '66e49a93109540f8ba1b0fd9a52c644d'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '676b609cfbae414d8e63ec02203ba617'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'resumed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '678e85739b0746cb96bbaecb11f146bc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentOneDayBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67ae9b0ea5fb4b9c987bd79605d10391'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6889af22147e47b7bf379903ee6e44d4'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '69fe3e0c934a4c7ca9042c0fcedf8884'
                        key: {
                            sys_security_acl: '03168ac2b3034155a9298f91ef15d7b7'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a4ec947910644c9b02528e9852f44a6'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a769318897d4c749fa62d1a2c764dfa'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b9cc533271f412681361e57ac2f29b8'
                        key: {
                            document_key: '3f82f9d83fe14ea38d2c861cf1ac57a7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7112723e50734e1893dec0511412ff81'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '721212ff1b8a4f63bdaa65cb2f1f1a43'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7246034b77e04cdfa2abdc2f5e90d5e0'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'policy'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '72a3b4f2e7b543bbb3ed1526a8b85657'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resumed_at'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7388894b637e429883bc20d8959ee606'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'callback_deadline'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '74499aa048ea4c84829e2a0f271e95b8'
                        key: {
                            role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                            contains: {
                                id: '7e8f7f3d3c624b7789cd0802484b5e06'
                                key: {
                                    name: 'x_elm_bridge.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '750e667cf654482cafc56404f9588d81'
                        key: {
                            name: 'x_elm_bridge_callout'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '7977bd2bf384411482105bfd3ff54cce'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'request_id'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '7a569a1f916842439aefa1bd0b141365'
                        key: {
                            name: 'x_elm_bridge_callout'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7bc1151c498f458bb6d09e01636be4f0'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'catalog'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d541afebdea4e59bcb7f5d5754389cc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d5cd187cbc244e286d3144776defad2'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7d806a36ca414669ab9a3772badc13c7'
                        key: {
                            name: 'x_elm_bridge_route'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7d949b36acca405f83aa388160e7afda'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestCreated'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '7e8f7f3d3c624b7789cd0802484b5e06'
                        key: {
                            name: 'x_elm_bridge.integration'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ebffc95d2354cdf899d27dd0144e559'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'waits_for_callback'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7f33c52956ae4771a1ea4348c39afd9a'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '80262cc7331447c0874e3c87d88ede88'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'resumed_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '80f671f6cc34497281c714f2ab18dc59'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '824f61c440a94354afff455e0b322b8c'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82520ba7a4c5402e966d8fd404f166ce'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82a3eb27926b43b79f798f34f1323549'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82a5839df3c542dc86034006ded4c2d9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'deadline_warned'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86ae0493e64447eea09a962e735a1dc4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88bd0064fd6f43d6b89dc917d44d56c1'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8b3b1068563e4c4482ce9cd339f6dec8'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'catalog'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8d971002b47a4bdeba123b3adf93540d'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ddeeaa16a904594ab313bd02045e908'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8f1c8d3e3d054e71ac121064b6c16803'
                        key: {
                            sys_security_acl: 'd8f797e771f842cc84b5f8acceb24f24'
                            sys_user_role: {
                                id: '172869fcb6ba4e5784ef3626c62386b1'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8fc4064e022a49d88e22a669d2015add'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'catalog'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8fde700142bc4927b9d5f7605c06b8e4'
                        key: {
                            field: 'http_status'
                            table: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            id: 'd007ad5da92249dc9d757783fa0718c4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '905757f0efbe43788064aecd9fb4ed29'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '90a8124f5c3b4d84921fa7753b97eb62'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92327b0c43b14613b31a51f892bcee83'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '94815d6747c24cbcaecf2b3253504103'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'priority'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94a8a7c2d51d447e90ad0bc558a0dc78'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94cb2fe4d15247bb82a560e950d96055'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '95655759eaf14d55807ecc95135a4ffc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            caption: 'Delivery'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '963b7d933dda47d7bdc358f5901e326b'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9653ef658f724515b9788d419399350e'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                            value: 'incomplete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96e964790f6c4ca19f073f59e52ff69c'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '97d5dbd88ebd490a8602bc770c7c7d68'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'requestor'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '97f883d25c72469ea2879a7caadaffd0'
                        key: {
                            name: 'x_elm_bridge_route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9853401ea26943f9970d000957116c90'
                        key: {
                            logical_table_name: 'x_elm_bridge_route'
                            col_name_string: 'active,order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '98717cb4d07e414d989c2076d76d90ab'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '98c0bbff96a7466a92309f861bb27832'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentOneDayBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99082928735c47f89262debba1be5a54'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '990c67c7d4274009abd9ecafdbc3dffb'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '997589c181dc436eb3d463c6078a58e4'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'routing_rule'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '99c39132534c4a3aa0177069cd955d21'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9a322e4b8e064628a7d40e2e0a934b57'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9b3904067b434fe0afa22bcb932f8d9d'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_package'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c66d6105b3c41b0b872e448542ca899'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9c71135f21d6470eb6a78047d9b0cd31'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assignment_group'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d0ce4e5df3e4abd805ca45552ecc914'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'request_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9f111527cdc844ef89310d84db63e4c3'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a012086cb193420787a0117a07f53231'
                        key: {
                            name: 'x_elm_bridge_callout'
                            caption: 'Callout'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a0d24dd810e0431bbb5f174dc09311b7'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'short_description_prefix'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a111cc1f7b104a1e9924d306a317c329'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a2e8e4ae04164ba48b22d7fbe5e49f43'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_id'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a33e08984c124bdaad604b873bc4eec2'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claim_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a41c567a5d754c37868cd3c12a4ebfd2'
                        key: {
                            list_id: {
                                id: '97f883d25c72469ea2879a7caadaffd0'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'short_description_prefix'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a48cff38473e479bbbb0860e8158cf8b'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a4df2bcb96944b21a362b23672695e5a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a66f5429b47649748ca48b6de5921b4d'
                        key: {
                            sys_security_acl: 'd8f797e771f842cc84b5f8acceb24f24'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a7212bf93ccb406d9de7fc22a8834858'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9c9937fab8e4e5a84ed5702cec4a5e4'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad81517a2885423ebc944444e2cdb097'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_type'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ada65babe0564d0a992eaa9797cede84'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'adfe844718c649d5880564e3c25bf992'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae8897abeaa84f40acd879f771a3c046'
                        key: {
                            document_key: '9a51353634754f71a48ff28c70f54aad'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aef25cdba0ea431096fc1c63a9f00300'
                        key: {
                            sys_security_acl: 'e12f42beece141dabc46dc40d574f82a'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af07fe0dddb34ee5a9aa752103d82d75'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'policy'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af0a5b85994947abaf3b455a08f66f4a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'callback_deadline'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b01d838c8521416f8165006a809ef203'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_package'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b0e64ab86669402d91ff9c162035b521'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4b71443434743e68716c71453587ba5'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5006281b98741ecb52a6ecdf3a24155'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b6698c65e6e04af1b76d584a25473e53'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b827aaaef88846848c97f94bffe64b89'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'babed1be546a4ff8bde4a10bfa97321b'
                        key: {
                            logical_table_name: 'x_elm_bridge_route'
                            col_name_string: 'access_package_key'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'bb25b46b43a643239e1b336ce0f75459'
                        key: {
                            name: 'x_elm_bridge_route'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbdec8bde89346ca858d3d673249f291'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bc4b0d2090104bf39aea65ecf7e69a61'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                            value: 'complete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'bceb3cc17f0844c1923204f51670298f'
                        key: {
                            sys_ui_action: '51193be71aab4f3685628a86bbb11567'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd605400cef948d1814d613a2aa642e5'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'be00719075344f1ba864e9aae6d9ebcf'
                        key: {
                            sys_ui_action: 'd53da6217e9b46039b15cf49bf104d93'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be0cbcf87f244e9185c73f8191ec774d'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_http_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be418e0061b04787ac01cad6f293a199'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resumed_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bed797697010484dbe5828f3cadf448f'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestRemoved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c17ba3280d4f4a9097d6843700ae6d6c'
                        key: {
                            name: 'x_elm_bridge_callout'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c384351d86f64c429d5172a5f155a2fc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c4eecd04e6a04d31baeed18e5e40f348'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'request_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6d8f00136994ed087d2508b1d68b000'
                        key: {
                            document_key: 'bd2fc19423d34c8f96f9c9455620fea2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'c75316d04d1342e79b2816047b18c61c'
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'get_request'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'caafe44e6e204ff6912ef2e2fa08b06f'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'callback_deadline'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cae0631a72354155b57cd37f7f0c5d8d'
                        key: {
                            name: 'sc_request'
                            element: 'x_elm_bridge_request_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cbd1bcd2982b4e458a4e6fcf7c985c7e'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage_instance_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc82eaeaa8164dd68ea3120a3068c92e'
                        key: {
                            name: 'sc_request'
                            element: 'x_elm_bridge_stage'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'cd0eb3db8bc841f6a1ccde052bfbc85a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cd4d923165734af9a7b39aeb0aeddf0a'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'callback_deadline'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ce4d0bf54c6c470eb5744d124d009fc4'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'waits_for_callback'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ceebe2498421400db7e045f012774ccf'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf55b634163146fca92344122ce33831'
                        key: {
                            document_key: 'bd2fc19423d34c8f96f9c9455620fea2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf829c4d7dd042c2b2b853ff43c944c0'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd04d646aca314b10a4e916f3325c4008'
                        key: {
                            field: 'stage_instance_id'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd0bbe40fec794c6d9878217fa854e04a'
                        key: {
                            sys_security_acl: '4038683fccd1466ba8b92008eae382de'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd234594785384b81b224aa76c5dcf58f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2e68e9e3cff486f9528de9deee50957'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'requestor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3f448459a954edf80c6d45d9722698f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4f9ac02fbfb42e3bfa3e6b75c0b53ba'
                        key: {
                            document_key: '9a947f71381a44d49d910e468a81d4bd'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd60e3b2081854b0eb82806eb5a29e7d6'
                        key: {
                            field: 'stage'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd639de61b60344699a250e599bb2ff27'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'catalog'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6c135ba4ef04e9aad2f81351e0b5010'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8202c24e6124e7394de0d1f53fe336f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'waits_for_callback'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd8bb605a594e49f897e153efe393dc1a'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage_instance_id'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd8f09ef7775c475abae6a3c828bf0620'
                        key: {
                            sys_ui_section: {
                                id: '56bcb54b1a5248aa8a6d789e4f320157'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description_prefix'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'da276752750f465fbf9108b004806049'
                        key: {
                            field: 'detail'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dadd445997224a2b8a3b29c99620094a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dbe8419b3d074995bdc6ba5241d22d97'
                        key: {
                            sys_security_acl: '3dcd2316962c4dd5a8f7c57bf82f1130'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc5e9764956d4bd59f5c229af26b14ab'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'de276734fbd041d69b018d64f3f8747e'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dfdc7e82b5d445aa9973dc26e5b27639'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestCreated'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e01bc611656d46dd8a50028ccc38cd3d'
                        key: {
                            sys_security_acl: 'fdb0972176154a56aa1bdb3f7ac93a24'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e3bafe5f41824fe0ad7cd7cf6afed422'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestRemoved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e454ffdc5c60487e8999644b903fc74b'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'routing_rule'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e49fbdc073b244e28214964ffb0c66b3'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e5207792b382423eb05847b8be1cac95'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5cbe9461f6e45c09ecc83414ffd3767'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e660f0583e8542eb955070d0ddfad859'
                        key: {
                            document_key: '9a51353634754f71a48ff28c70f54aad'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e6845191e53645f0959a25c69fb6261f'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e69e87319fdb48ff9f439d583c2a589a'
                        key: {
                            name: 'x_elm_bridge.admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e7251bc79081494a93e2cdf1344b0bff'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e93a8b9f963b49a4877cd8cbbe540e5b'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eb12f4c99c164a91aade73587d0b4c59'
                        key: {
                            sys_security_acl: '3dcd2316962c4dd5a8f7c57bf82f1130'
                            sys_user_role: {
                                id: '172869fcb6ba4e5784ef3626c62386b1'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ebcd1901f3b240efa2aa16564ffe98bc'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_http_status'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'ee5df96df98c4ad7a1ffd8537a5181cf'
                        key: {
                            sys_ui_form: {
                                id: 'c17ba3280d4f4a9097d6843700ae6d6c'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee952afe063841b6b43a18c15b5f2253'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f062aa6deb9849d9bd926b269af1616d'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f100ed81e043421d96905d0c3ce600aa'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                            value: 'deny'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f21a88dcd6f041cd955c7bf1c96999ae'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f37fe81e9ca345f5aa2e7efa091da1fa'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'status'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3fe91ff73d54a92b3c846ea4a5369e2'
                        key: {
                            field: 'message'
                            table: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            id: 'd007ad5da92249dc9d757783fa0718c4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f42b64c64d054e9d963113ce7499d64e'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f548b417c38341a9ad0e589a0e42df36'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f630fd28c1e8434c80d238345f81a50b'
                        key: {
                            document_key: '9a947f71381a44d49d910e468a81d4bd'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f8ed2712289e43efa359afc86040bd6d'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fb4f62149e8444fd90726fe3fb0666c8'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '5'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                ]
            }
        }
    }
}
